#pragma once
// Manual refresh (R6, R9): the orders an employee asked for go into the inbox as if a
// webhook had come, within the 10-minute rule; the worker fetches their current state.
// The host has checked the employee's right (R7) before it asks.
#include <functional>
#include <vector>

#include "host_api/host_context.hpp"
#include "host_api/plugin.hpp"
#include "plugin/sync/inbox.hpp"
#include "plugin/sync/refresh_limits.hpp"
#include "plugin/sync/store_registry.hpp"

namespace shopify::sync {

class OrderRefresher {
public:
    OrderRefresher(host_api::HostContext& host, StoreRegistry& stores, std::function<void()> wake_worker)
        : host_(host), stores_(stores), inbox_(host.state), limits_(host.state), wake_worker_(std::move(wake_worker)) {}

    // One outcome per order, in the order asked. More than one order is the "Update
    // orders" action on a selection, which has its own limit per employee and store.
    host_api::Result<std::vector<host_api::RefreshOutcome>> refresh(const std::vector<host_api::OrderId>& orders,
                                                                    host_api::EmployeeId employee);
    // Seconds until the order may be refreshed again; 0 when it may now or has no store.
    host_api::Result<std::int64_t> wait_seconds(host_api::OrderId order);

private:
    struct Asked {
        host_api::RefreshOutcome outcome;
        std::optional<StoreSettings> store;
        std::string external_id;
    };

    host_api::Result<Asked> look_up(host_api::OrderId order);
    host_api::Result<void> refresh_one(Asked& asked, host_api::Timestamp now);
    host_api::Result<void> refuse_selection(std::vector<Asked>& asked, host_api::EmployeeId employee,
                                            host_api::Timestamp now, bool& refused_any);

    host_api::HostContext& host_;
    StoreRegistry& stores_;
    Inbox inbox_;
    RefreshLimits limits_;
    std::function<void()> wake_worker_;
};

// "9 min 5 s"
std::string wait_text(std::chrono::seconds wait);

}  // namespace shopify::sync
