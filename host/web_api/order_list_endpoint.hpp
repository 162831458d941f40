#pragma once
// GET /api/orders?source=all|host|integrations&q=TEXT&page=N: the orders table (R4, R5).
// Every signed-in employee sees every order listed; opening one is checked elsewhere (R7).
#include "host/store/host_store.hpp"
#include "host/web_api/api_access.hpp"

namespace host::web_api {

class OrderListEndpoint {
public:
    static constexpr int k_per_page = 25;

    OrderListEndpoint(const ApiAccess& access, store::HostStore& store) : access_(access), store_(store) {}

    host_api::HttpResponse handle(const host_api::HttpRequest& request) const;

private:
    const ApiAccess& access_;
    store::HostStore& store_;
};

}  // namespace host::web_api
