#pragma once
// The host's JSON API under /api/ (README.md beside this file lists every call): what a
// person does in the CRM's pages and local tools do for them. Every call is checked for
// the caller (session or API token) and the employee's right on the server.
#include <filesystem>
#include <memory>
#include <optional>

#include "host/http/route_table.hpp"
#include "host/plugins/manifest.hpp"
#include "host/web_api/adapter_swap_endpoint.hpp"
#include "host/web_api/api_access.hpp"
#include "host/web_api/imports_endpoint.hpp"
#include "host/web_api/nova_poshta_endpoint.hpp"
#include "host/web_api/order_detail_endpoint.hpp"
#include "host/web_api/order_entry_endpoint.hpp"
#include "host/web_api/order_list_endpoint.hpp"
#include "host/web_api/plugins_endpoint.hpp"
#include "host/web_api/refresh_endpoint.hpp"
#include "host/web_api/session_endpoint.hpp"
#include "host/web_api/stores_endpoint.hpp"

namespace host::web_api {

struct WebApiServices {
    store::HostStore& store;
    std::function<host_api::Plugin*()> plugin;
    SwapAdapter swap_adapter;
    std::optional<plugins::Manifest> manifest;  // none when the host refused it
    LibraryStatuses libraries;
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
    SessionEndpoint session_;
    OrderListEndpoint order_list_;
    OrderDetailEndpoint order_detail_;
    OrderEntryEndpoint order_entry_;
    RefreshEndpoint refresh_;
    StoresEndpoint stores_;
    ImportsEndpoint imports_;
    NovaPoshtaEndpoint nova_poshta_;
    PluginsEndpoint plugins_;
    AdapterSwapEndpoint adapter_swap_;
};

}  // namespace host::web_api
