#include "plugin/sync/refresh_limits.hpp"

#include "plugin/sync/order_memory.hpp"

namespace shopify::sync {
namespace {

std::string order_key(host_api::ConnectionId store, const std::string& order_id) {
    return state_key("refreshed", store, order_id);
}

std::string selection_key(host_api::EmployeeId employee, host_api::ConnectionId store) {
    return state_key("selection-refreshed", store, std::to_string(employee));
}

}  // namespace

host_api::Result<std::chrono::seconds> RefreshLimits::wait_for(const std::string& key, host_api::Timestamp now) {
    auto value = state_.get(key);
    if (!value) return value.error();
    if (!*value) return std::chrono::seconds(0);
    const auto last = host_api::parse_iso8601(**value);
    if (!last) return std::chrono::seconds(0);
    const auto elapsed = now - *last;
    // A clock set back makes `elapsed` negative: the wait is still at most one interval.
    if (elapsed < std::chrono::seconds(0)) return k_interval;
    return elapsed >= k_interval ? std::chrono::seconds(0) : k_interval - elapsed;
}

host_api::Result<std::chrono::seconds> RefreshLimits::order_wait(host_api::ConnectionId store,
                                                                 const std::string& order_id, host_api::Timestamp now) {
    return wait_for(order_key(store, order_id), now);
}

host_api::Result<std::chrono::seconds> RefreshLimits::selection_wait(host_api::EmployeeId employee,
                                                                     host_api::ConnectionId store,
                                                                     host_api::Timestamp now) {
    return wait_for(selection_key(employee, store), now);
}

host_api::Result<void> RefreshLimits::note_order(host_api::ConnectionId store, const std::string& order_id,
                                                 host_api::Timestamp now) {
    return state_.put(order_key(store, order_id), host_api::format_iso8601(now));
}

host_api::Result<void> RefreshLimits::note_selection(host_api::EmployeeId employee, host_api::ConnectionId store,
                                                     host_api::Timestamp now) {
    return state_.put(selection_key(employee, store), host_api::format_iso8601(now));
}

}  // namespace shopify::sync
