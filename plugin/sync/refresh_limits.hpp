#pragma once
// The 10-minute rule of manual refresh (R6, R9): one order is refreshed at most once per
// 10 minutes, whoever asks; "Update orders" on a selection at most once per 10 minutes
// per employee and store. The times are kept in the plugin state, so a restart of the
// host does not reset them.
#include <chrono>
#include <string>

#include "host_api/ids.hpp"
#include "host_api/plugin_state.hpp"
#include "host_api/time.hpp"

namespace shopify::sync {

class RefreshLimits {
public:
    static constexpr std::chrono::seconds k_interval{600};

    explicit RefreshLimits(host_api::PluginState& state) : state_(state) {}

    // How long until the order may be refreshed again; zero when it may be now.
    host_api::Result<std::chrono::seconds> order_wait(host_api::ConnectionId store, const std::string& order_id,
                                                      host_api::Timestamp now);
    host_api::Result<std::chrono::seconds> selection_wait(host_api::EmployeeId employee, host_api::ConnectionId store,
                                                          host_api::Timestamp now);
    host_api::Result<void> note_order(host_api::ConnectionId store, const std::string& order_id,
                                      host_api::Timestamp now);
    host_api::Result<void> note_selection(host_api::EmployeeId employee, host_api::ConnectionId store,
                                          host_api::Timestamp now);

private:
    host_api::Result<std::chrono::seconds> wait_for(const std::string& key, host_api::Timestamp now);

    host_api::PluginState& state_;
};

}  // namespace shopify::sync
