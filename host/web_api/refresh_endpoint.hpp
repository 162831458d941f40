#pragma once
// POST /api/orders/refresh {"order_ids": [..]}: "refresh" on an order, or "Other actions
// → Update orders" on a selection (R6, R9). Only an employee with "Can add products
// without write-off" may (R7); the plugin applies the 10-minute rule and answers per order.
#include <functional>

#include "host/store/host_store.hpp"
#include "host/web_api/api_access.hpp"
#include "host_api/plugin.hpp"

namespace host::web_api {

class RefreshEndpoint {
public:
    // plugin: the loaded platform plugin, or nullptr when none is loaded.
    RefreshEndpoint(const ApiAccess& access, store::HostStore& store, std::function<host_api::Plugin*()> plugin)
        : access_(access), store_(store), plugin_(std::move(plugin)) {}

    host_api::HttpResponse handle(const host_api::HttpRequest& request) const;

private:
    const ApiAccess& access_;
    store::HostStore& store_;
    std::function<host_api::Plugin*()> plugin_;
};

}  // namespace host::web_api
