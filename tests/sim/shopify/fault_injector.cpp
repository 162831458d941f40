#include "tests/sim/shopify/fault_injector.hpp"

#include <algorithm>

namespace sim::shopify {

std::optional<Fault> parse_fault(std::string_view name) {
    if (name == "429") return Fault::too_many_requests;
    if (name == "500") return Fault::server_error;
    if (name == "drop") return Fault::drop;
    return std::nullopt;
}

const char* fault_name(Fault fault) {
    switch (fault) {
        case Fault::too_many_requests:
            return "429";
        case Fault::server_error:
            return "500";
        case Fault::drop:
            return "drop";
        case Fault::none:
            break;
    }
    return "none";
}

void FaultInjector::configure(FaultSettings settings) {
    settings.rate = std::clamp(settings.rate, 0.0, 1.0);
    if (settings.kinds.empty()) settings.kinds = {Fault::too_many_requests, Fault::server_error, Fault::drop};
    std::lock_guard lock(mutex_);
    settings_ = std::move(settings);
    random_.seed(settings_.seed);
}

FaultSettings FaultInjector::settings() const {
    std::lock_guard lock(mutex_);
    return settings_;
}

Fault FaultInjector::next() {
    std::lock_guard lock(mutex_);
    if (settings_.rate <= 0 || settings_.kinds.empty()) return Fault::none;
    if (std::uniform_real_distribution<double>(0.0, 1.0)(random_) >= settings_.rate) return Fault::none;
    const auto pick = std::uniform_int_distribution<std::size_t>(0, settings_.kinds.size() - 1)(random_);
    return settings_.kinds[pick];
}

}  // namespace sim::shopify
