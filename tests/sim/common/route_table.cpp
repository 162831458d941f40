#include "tests/sim/common/route_table.hpp"

#include <optional>

namespace sim::common {
namespace {

std::vector<std::string> split(const std::string& path) {
    std::vector<std::string> segments;
    std::size_t start = 1;
    while (start <= path.size()) {
        const auto slash = path.find('/', start);
        segments.push_back(path.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    return segments;
}

std::optional<RouteTable::Captures> match(const std::vector<std::string>& pattern,
                                          const std::vector<std::string>& path) {
    if (pattern.size() != path.size()) return std::nullopt;
    RouteTable::Captures captures;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == "*") {
            if (path[i].empty()) return std::nullopt;
            captures.push_back(path[i]);
        } else if (pattern[i] != path[i]) {
            return std::nullopt;
        }
    }
    return captures;
}

}  // namespace

void RouteTable::add(std::string method, const std::string& pattern, Handler handler) {
    routes_.push_back(Route{std::move(method), split(pattern), std::move(handler)});
}

SimReply RouteTable::dispatch(const host_api::HttpRequest& request) const {
    const auto path = split(request.path.empty() ? "/" : request.path);
    bool path_known = false;
    for (const auto& route : routes_) {
        auto captures = match(route.segments, path);
        if (!captures) continue;
        if (route.method != request.method) {
            path_known = true;
            continue;
        }
        return route.handler(request, *captures);
    }
    return path_known ? errors_.method_not_allowed : errors_.not_found;
}

}  // namespace sim::common
