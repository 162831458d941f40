#pragma once
// The host's own Nova Poshta integration on its settings page (R12-R14), for employees
// with "Can manage settings": GET /api/novaposhta shows it (the API key only as set or
// not), POST /api/novaposhta saves it (an absent or empty key keeps the saved one). A
// status rule must name an order status the host has.
#include "host/store/host_store.hpp"
#include "host/web_api/api_access.hpp"

namespace host::web_api {

class NovaPoshtaEndpoint {
public:
    static constexpr int k_min_tracking_seconds = 10;  // the same floor as `novaposhta set`
    static constexpr int k_max_tracking_seconds = 86400;

    NovaPoshtaEndpoint(const ApiAccess& access, store::HostStore& store) : access_(access), store_(store) {}

    host_api::HttpResponse show(const host_api::HttpRequest& request) const;
    host_api::HttpResponse save(const host_api::HttpRequest& request) const;

private:
    host_api::Result<std::vector<std::string>> order_statuses() const;

    const ApiAccess& access_;
    store::HostStore& store_;
};

}  // namespace host::web_api
