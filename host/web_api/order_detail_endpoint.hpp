#pragma once
// GET /api/order?id=N: one order as its page shows it: the four fields of R9 with the
// refresh wait, the client, items with their write-off state (R23), the Nova Poshta
// waybills with their status history (R12) and the event feed. An integration's order
// opens only for an employee with "Can add products without write-off" (R7).
#include <functional>

#include "host/store/host_store.hpp"
#include "host/web_api/api_access.hpp"
#include "host_api/plugin.hpp"

namespace host::web_api {

class OrderDetailEndpoint {
public:
    // plugin: the loaded platform plugin, or nullptr when none is loaded.
    OrderDetailEndpoint(const ApiAccess& access, store::HostStore& store, std::function<host_api::Plugin*()> plugin)
        : access_(access), store_(store), plugin_(std::move(plugin)) {}

    host_api::HttpResponse handle(const host_api::HttpRequest& request) const;

private:
    host_api::Result<std::string> order_json(const host_api::Order& order) const;
    std::optional<std::int64_t> refresh_wait(const host_api::Order& order) const;

    const ApiAccess& access_;
    store::HostStore& store_;
    std::function<host_api::Plugin*()> plugin_;
};

// Who may open (and change) an order: anyone signed in for a host order; for an
// integration's order also the right "Can add products without write-off" (R7).
Caller order_caller(const ApiAccess& access, store::HostStore& store, const host_api::HttpRequest& request,
                    const host_api::Order& order);

}  // namespace host::web_api
