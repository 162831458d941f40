#include "host/web_pages/web_pages.hpp"

#include <string>

#include "host/web_pages/embedded_assets.hpp"

namespace host::web_pages {
namespace {

std::string content_type_of(std::string_view name) {
    const auto ends_with = [&](std::string_view suffix) {
        return name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
    };
    if (ends_with(".html")) return "text/html; charset=utf-8";
    if (ends_with(".css")) return "text/css; charset=utf-8";
    if (ends_with(".js")) return "text/javascript; charset=utf-8";
    if (ends_with(".svg")) return "image/svg+xml";
    if (ends_with(".png")) return "image/png";
    if (ends_with(".ico")) return "image/x-icon";
    return "application/octet-stream";
}

host_api::HttpHeaders page_headers() {
    return {{"Content-Security-Policy",
             "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"},
            {"X-Content-Type-Options", "nosniff"},
            {"Referrer-Policy", "same-origin"},
            {"Cache-Control", "no-cache"}};
}

host_api::RouteHandler serve(const EmbeddedAsset& asset) {
    host_api::HttpResponse response{200, content_type_of(asset.name), page_headers(), std::string(asset.bytes)};
    return [response](const host_api::HttpRequest&) { return response; };
}

}  // namespace

host_api::Result<void> add_page_routes(http::RouteTable& routes) {
    for (const auto& asset : embedded_assets()) {
        const std::string name(asset.name);
        if (auto added = routes.add("host", "GET", "/assets/" + name, serve(asset)); !added) return added;
        const std::string page_suffix = ".html";
        if (name.size() > page_suffix.size() && name.compare(name.size() - page_suffix.size(), page_suffix.size(),
                                                             page_suffix) == 0) {
            const auto page = "/" + name.substr(0, name.size() - page_suffix.size());
            if (auto added = routes.add("host", "GET", page, serve(asset)); !added) return added;
        }
    }
    return routes.add("host", "GET", "/", [](const host_api::HttpRequest&) {
        return host_api::HttpResponse{302, "text/plain", {{"Location", "/orders"}}, ""};
    });
}

}  // namespace host::web_pages
