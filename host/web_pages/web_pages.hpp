#pragma once
// The host's pages (orders, one order, settings, Nova Poshta, plugins, sign-in): static
// HTML, CSS and scripts that call the JSON API under /api/, where every call is checked.
// Each file of assets/ is served at /assets/<name>; each page <page>.html also at /<page>;
// / leads to /orders. Pages run no inline script, which the Content-Security-Policy makes
// a rule the browser enforces.
#include "host/http/route_table.hpp"
#include "host_api/result.hpp"

namespace host::web_pages {

host_api::Result<void> add_page_routes(http::RouteTable& routes);

}  // namespace host::web_pages
