#include "shipping_adapters/nova_poshta/tracking_schedule.hpp"

namespace adapters::nova_poshta {
namespace {

constexpr const char* k_last_round_key = "tracking/last_round";

}  // namespace

std::optional<host_api::Timestamp> TrackingSchedule::last_round() {
    if (last_) return last_;
    auto stored = state_.get(k_last_round_key);
    if (stored && *stored) last_ = host_api::parse_iso8601(**stored);
    return last_;
}

bool TrackingSchedule::start_round_if_due(std::chrono::seconds interval) {
    const auto now = clock_();
    const auto last = last_round();
    if (last && now >= *last && now - *last < interval) return false;
    last_ = now;
    // Kept in memory as well: a state that cannot be written only costs an early round
    // after a restart.
    (void)state_.put(k_last_round_key, host_api::format_iso8601(now));
    return true;
}

}  // namespace adapters::nova_poshta
