#pragma once
// What a platform plugin (the Shopify integration) implements.
#include <string>
#include <vector>

#include "host_api/guarded_call.hpp"
#include "host_api/host_context.hpp"
#include "host_api/ids.hpp"
#include "host_api/result.hpp"
#include "host_api/store_connection.hpp"

namespace host_api {

// The answer for one order of a refresh request (R6, R9).
struct RefreshOutcome {
    OrderId order_id = 0;
    bool refreshed = false;
    std::int64_t retry_after_seconds = 0;  // when refused by the 10-minute limit
    std::string message;
};

class Plugin {
public:
    virtual ~Plugin() = default;

    virtual Result<void> start(HostContext& host) noexcept = 0;
    // After stop() returns the plugin runs no code: its timers are cancelled and its
    // threads joined, so the host may unload it.
    virtual void stop() noexcept = 0;
    virtual Result<void> store_connected(const StoreConnection& store) noexcept = 0;
    virtual Result<void> store_changed(const StoreConnection& store) noexcept = 0;
    virtual Result<void> store_removed(const StoreConnection& store) noexcept = 0;
    // The host has checked the employee's right (R7) before it calls.
    virtual Result<std::vector<RefreshOutcome>> refresh_orders(const std::vector<OrderId>& orders,
                                                               EmployeeId employee) noexcept = 0;
    // How long until the order may be refreshed again (0: now), so a page can disable its
    // refresh button with the time left (R9). An order made in the host has no wait.
    virtual Result<std::int64_t> refresh_wait_seconds(OrderId order) noexcept = 0;
};

// Plugins derive from this: the public calls are final and keep exceptions inside the
// library (they are compiled into it); the work is in the protected virtuals.
class PluginBase : public Plugin {
public:
    Result<void> start(HostContext& host) noexcept final {
        return guarded_call("start", [&] { return on_start(host); });
    }
    void stop() noexcept final {
        try {
            on_stop();
        } catch (...) {
            // Nothing to report to: stopping goes on regardless.
        }
    }
    Result<void> store_connected(const StoreConnection& store) noexcept final {
        return guarded_call("store connected", [&] { return on_store_connected(store); });
    }
    Result<void> store_changed(const StoreConnection& store) noexcept final {
        return guarded_call("store changed", [&] { return on_store_changed(store); });
    }
    Result<void> store_removed(const StoreConnection& store) noexcept final {
        return guarded_call("store removed", [&] { return on_store_removed(store); });
    }
    Result<std::vector<RefreshOutcome>> refresh_orders(const std::vector<OrderId>& orders,
                                                       EmployeeId employee) noexcept final {
        return guarded_call("refresh orders", [&] { return on_refresh_orders(orders, employee); });
    }
    Result<std::int64_t> refresh_wait_seconds(OrderId order) noexcept final {
        return guarded_call("refresh wait", [&] { return on_refresh_wait_seconds(order); });
    }

protected:
    virtual Result<void> on_start(HostContext& host) = 0;
    virtual void on_stop() = 0;
    virtual Result<void> on_store_connected(const StoreConnection& store) = 0;
    virtual Result<void> on_store_changed(const StoreConnection& store) = 0;
    virtual Result<void> on_store_removed(const StoreConnection& store) = 0;
    virtual Result<std::vector<RefreshOutcome>> on_refresh_orders(const std::vector<OrderId>& orders,
                                                                  EmployeeId employee) = 0;
    virtual Result<std::int64_t> on_refresh_wait_seconds(OrderId order) = 0;
};

}  // namespace host_api
