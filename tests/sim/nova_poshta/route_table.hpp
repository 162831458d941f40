#pragma once
// The local Nova Poshta's routes: an exact method and path each. 404 for an unknown path,
// 405 for a known path asked with another method.
#include <functional>
#include <string>
#include <vector>

#include "host_api/http.hpp"
#include "tests/sim/nova_poshta/sim_reply.hpp"

namespace sim::nova_poshta {

class RouteTable {
public:
    using Handler = std::function<SimReply(const host_api::HttpRequest&)>;

    void add(std::string method, std::string path, Handler handler);
    SimReply dispatch(const host_api::HttpRequest& request) const;

private:
    struct Route {
        std::string method;
        std::string path;
        Handler handler;
    };

    std::vector<Route> routes_;
};

}  // namespace sim::nova_poshta
