#pragma once
// The host's JSON API under /api/: the calls a person makes in the CRM (refresh orders,
// swap an adapter, see the stores and their notices), for local tools now and the host's pages. Every call is checked
// for the API token and the employee's right on the server.
#include <filesystem>
#include <memory>

#include "host/http/route_table.hpp"
#include "host/web_api/adapter_swap_endpoint.hpp"
#include "host/web_api/api_access.hpp"
#include "host/web_api/refresh_endpoint.hpp"
#include "host/web_api/stores_endpoint.hpp"

namespace host::web_api {

struct WebApiServices {
    store::HostStore& store;
    std::function<host_api::Plugin*()> plugin;
    SwapAdapter swap_adapter;
};

class WebApi {
public:
    // Publishes the token for local tools (<data>/run/api.json) and adds the routes.
    static host_api::Result<std::unique_ptr<WebApi>> start(http::RouteTable& routes,
                                                           const std::filesystem::path& data_dir,
                                                           const std::string& url, WebApiServices services);
    // Tools no longer find this host; the routes go with the server.
    void withdraw() const { access_.withdraw(); }

private:
    WebApi(ApiAccess access, WebApiServices services);
    host_api::Result<void> add_routes(http::RouteTable& routes);

    ApiAccess access_;
    RefreshEndpoint refresh_;
    AdapterSwapEndpoint adapter_swap_;
    StoresEndpoint stores_;
};

}  // namespace host::web_api
