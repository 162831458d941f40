#include "host/web_api/web_api.hpp"

namespace host::web_api {

WebApi::WebApi(ApiAccess access, WebApiServices services)
    : access_(std::move(access)),
      refresh_(access_, services.store, std::move(services.plugin)),
      adapter_swap_(access_, services.store, std::move(services.swap_adapter)),
      stores_(access_, services.store) {}

host_api::Result<std::unique_ptr<WebApi>> WebApi::start(http::RouteTable& routes, const std::filesystem::path& data_dir,
                                                        const std::string& url, WebApiServices services) {
    auto access = ApiAccess::publish(data_dir, url);
    if (!access) return access.error();
    std::unique_ptr<WebApi> api(new WebApi(std::move(*access), std::move(services)));
    if (auto added = api->add_routes(routes); !added) return added.error();
    return api;
}

host_api::Result<void> WebApi::add_routes(http::RouteTable& routes) {
    if (auto added = routes.add("host", "POST", "/api/orders/refresh",
                                [this](const host_api::HttpRequest& request) { return refresh_.handle(request); });
        !added)
        return added.error();
    if (auto added = routes.add("host", "POST", "/api/adapters/swap",
                                [this](const host_api::HttpRequest& request) { return adapter_swap_.handle(request); });
        !added)
        return added.error();
    return routes.add("host", "GET", "/api/stores",
                      [this](const host_api::HttpRequest& request) { return stores_.handle(request); });
}

}  // namespace host::web_api
