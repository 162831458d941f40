#pragma once
// GET /api/stores: the connected stores and what the plugin reports about each (currency
// or plan warnings, webhook subscriptions, the initial import's progress). Names and
// domains only: no setting that could hold a secret leaves the host.
#include "host/store/host_store.hpp"
#include "host/web_api/api_access.hpp"

namespace host::web_api {

class StoresEndpoint {
public:
    StoresEndpoint(const ApiAccess& access, store::HostStore& store) : access_(access), store_(store) {}

    host_api::HttpResponse handle(const host_api::HttpRequest& request) const;

private:
    const ApiAccess& access_;
    store::HostStore& store_;
};

}  // namespace host::web_api
