#pragma once
// The local Shopify's routes: a method and a path pattern in which "*" matches one path
// segment (handed to the handler). 404 for an unknown path, 405 for a known path asked
// with another method.
#include <functional>
#include <string>
#include <vector>

#include "host_api/http.hpp"
#include "tests/sim/shopify/sim_reply.hpp"

namespace sim::shopify {

class RouteTable {
public:
    using Captures = std::vector<std::string>;
    using Handler = std::function<SimReply(const host_api::HttpRequest&, const Captures&)>;

    void add(std::string method, const std::string& pattern, Handler handler);
    SimReply dispatch(const host_api::HttpRequest& request) const;

private:
    struct Route {
        std::string method;
        std::vector<std::string> segments;
        Handler handler;
    };

    std::vector<Route> routes_;
};

}  // namespace sim::shopify
