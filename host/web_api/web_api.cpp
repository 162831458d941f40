#include "host/web_api/web_api.hpp"

namespace host::web_api {

WebApi::WebApi(ApiAccess access, WebApiServices services)
    : access_(std::move(access)),
      session_(access_, services.store),
      order_list_(access_, services.store),
      order_detail_(access_, services.store, services.plugin),
      order_entry_(access_, services.store),
      refresh_(access_, services.store, services.plugin),
      stores_(access_, services.store, services.manifest),
      imports_(access_, services.store),
      nova_poshta_(access_, services.store),
      plugins_(access_, services.store, std::move(services.libraries),
               services.manifest ? services.manifest->version : ""),
      adapter_swap_(access_, services.store, std::move(services.swap_adapter)) {}

host_api::Result<std::unique_ptr<WebApi>> WebApi::start(http::RouteTable& routes, const std::filesystem::path& data_dir,
                                                        const std::string& url, WebApiServices services) {
    auto access = ApiAccess::publish(data_dir, url);
    if (!access) return access.error();
    std::unique_ptr<WebApi> api(new WebApi(std::move(*access), std::move(services)));
    if (auto added = api->add_routes(routes); !added) return added.error();
    return api;
}

host_api::Result<void> WebApi::add_routes(http::RouteTable& routes) {
    const struct {
        const char* method;
        const char* path;
        host_api::RouteHandler handler;
    } table[] = {
        {"POST", "/api/session", [this](const auto& r) { return session_.sign_in(r); }},
        {"GET", "/api/session", [this](const auto& r) { return session_.current(r); }},
        {"POST", "/api/session/end", [this](const auto& r) { return session_.sign_out(r); }},
        {"GET", "/api/orders", [this](const auto& r) { return order_list_.handle(r); }},
        {"POST", "/api/orders", [this](const auto& r) { return order_entry_.create(r); }},
        {"GET", "/api/order", [this](const auto& r) { return order_detail_.handle(r); }},
        {"POST", "/api/orders/write-off", [this](const auto& r) { return order_entry_.write_off(r); }},
        {"POST", "/api/orders/refresh", [this](const auto& r) { return refresh_.handle(r); }},
        {"GET", "/api/settings/form", [this](const auto& r) { return stores_.form(r); }},
        {"GET", "/api/stores", [this](const auto& r) { return stores_.list(r); }},
        {"POST", "/api/stores", [this](const auto& r) { return stores_.connect(r); }},
        {"POST", "/api/stores/remove", [this](const auto& r) { return stores_.remove(r); }},
        {"GET", "/api/imports/failed", [this](const auto& r) { return imports_.failed(r); }},
        {"POST", "/api/imports/retry", [this](const auto& r) { return imports_.retry(r); }},
        {"GET", "/api/novaposhta", [this](const auto& r) { return nova_poshta_.show(r); }},
        {"POST", "/api/novaposhta", [this](const auto& r) { return nova_poshta_.save(r); }},
        {"GET", "/api/plugins", [this](const auto& r) { return plugins_.handle(r); }},
        {"POST", "/api/adapters/swap", [this](const auto& r) { return adapter_swap_.handle(r); }},
    };
    for (const auto& route : table)
        if (auto added = routes.add("host", route.method, route.path, route.handler); !added) return added;
    return host_api::success();
}

}  // namespace host::web_api
