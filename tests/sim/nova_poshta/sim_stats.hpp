#pragma once
// What the local Nova Poshta has seen, for GET /_sim/stats and in-process tests.
#include <atomic>
#include <cstdint>
#include <string>

namespace sim::nova_poshta {

struct SimStats {
    std::atomic<std::uint64_t> requests{0};         // API requests (POST /v2.0/json/), faulted ones included
    std::atomic<std::uint64_t> documents_asked{0};  // documents in tracking requests that were answered
    std::atomic<std::uint64_t> largest_request{0};  // the most documents one tracking request asked for
    std::atomic<std::uint64_t> refused{0};          // answers with "success": false
    std::atomic<std::uint64_t> faults{0};           // 500s and dropped connections injected

    void count_documents(std::uint64_t count);
    // {"requests":…,"documents_asked":…,"largest_request":…,"refused":…,"faults":…}
    std::string to_json() const;
};

}  // namespace sim::nova_poshta
