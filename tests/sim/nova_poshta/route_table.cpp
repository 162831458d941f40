#include "tests/sim/nova_poshta/route_table.hpp"

namespace sim::nova_poshta {

void RouteTable::add(std::string method, std::string path, Handler handler) {
    routes_.push_back({std::move(method), std::move(path), std::move(handler)});
}

SimReply RouteTable::dispatch(const host_api::HttpRequest& request) const {
    bool path_known = false;
    for (const auto& route : routes_) {
        if (route.path != request.path) continue;
        path_known = true;
        if (route.method == request.method) return route.handler(request);
    }
    if (path_known) return json_reply(405, R"({"error":"method not allowed"})");
    return json_reply(404, R"({"error":"not found"})");
}

}  // namespace sim::nova_poshta
