#include "tests/sim/nova_poshta/sim_stats.hpp"

namespace sim::nova_poshta {

void SimStats::count_documents(std::uint64_t count) {
    documents_asked += count;
    auto largest = largest_request.load();
    while (count > largest && !largest_request.compare_exchange_weak(largest, count)) {
    }
}

std::string SimStats::to_json() const {
    return "{\"requests\":" + std::to_string(requests.load()) +
           ",\"documents_asked\":" + std::to_string(documents_asked.load()) +
           ",\"largest_request\":" + std::to_string(largest_request.load()) +
           ",\"refused\":" + std::to_string(refused.load()) + ",\"faults\":" + std::to_string(faults.load()) + "}";
}

}  // namespace sim::nova_poshta
