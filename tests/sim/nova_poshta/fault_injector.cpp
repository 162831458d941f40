#include "tests/sim/nova_poshta/fault_injector.hpp"

namespace sim::nova_poshta {

std::optional<Fault> parse_fault(std::string_view name) {
    if (name == "500") return Fault::server_error;
    if (name == "drop") return Fault::drop;
    return std::nullopt;
}

void FaultInjector::configure(FaultSettings settings) {
    std::lock_guard lock(mutex_);
    settings_ = std::move(settings);
    random_.seed(settings_.seed);
}

Fault FaultInjector::next() {
    std::lock_guard lock(mutex_);
    if (settings_.rate <= 0) return Fault::none;
    if (settings_.rate < 1 && std::uniform_real_distribution<double>(0, 1)(random_) >= settings_.rate)
        return Fault::none;
    static const std::vector<Fault> k_all = {Fault::server_error, Fault::drop};
    const auto& kinds = settings_.kinds.empty() ? k_all : settings_.kinds;
    return kinds[std::uniform_int_distribution<std::size_t>(0, kinds.size() - 1)(random_)];
}

}  // namespace sim::nova_poshta
