#pragma once
// A local server's routes: a method and a path pattern in which "*" matches one path
// segment (handed to the handler). An unknown path and a known path asked with another
// method get the server's own error replies.
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "host_api/http.hpp"
#include "tests/sim/common/error_replies.hpp"
#include "tests/sim/common/sim_reply.hpp"

namespace sim::common {

class RouteTable {
public:
    using Captures = std::vector<std::string>;
    using Handler = std::function<SimReply(const host_api::HttpRequest&, const Captures&)>;

    explicit RouteTable(ErrorReplies errors) : errors_(std::move(errors)) {}

    void add(std::string method, const std::string& pattern, Handler handler);
    SimReply dispatch(const host_api::HttpRequest& request) const;

private:
    struct Route {
        std::string method;
        std::vector<std::string> segments;
        Handler handler;
    };

    ErrorReplies errors_;
    std::vector<Route> routes_;
};

}  // namespace sim::common
