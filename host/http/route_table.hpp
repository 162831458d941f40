#pragma once
// The routes of the host's HTTP server: who registered them, and which of their handlers
// are running, so that a plugin's routes can be removed before its library is unloaded.
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <spdlog/spdlog.h>

#include "host_api/http.hpp"
#include "host_api/result.hpp"

namespace host::http {

// One registered route, as listed for a look at what the server answers.
struct ListedRoute {
    std::string owner;
    std::string method;
    std::string path;
};

class RouteTable {
public:
    explicit RouteTable(std::shared_ptr<spdlog::logger> logger = spdlog::default_logger());
    RouteTable(const RouteTable&) = delete;
    RouteTable& operator=(const RouteTable&) = delete;

    // An exact method and path; a second handler for the same pair is refused. A handler
    // that answers at once is kept as one that answers through its responder: the table
    // has one kind of handler.
    host_api::Result<void> add(const std::string& owner, const std::string& method, const std::string& path,
                               host_api::RouteHandler handler);
    host_api::Result<void> add_deferred(const std::string& owner, const std::string& method, const std::string& path,
                                        host_api::DeferredRouteHandler handler);

    // Removes every route of `owner` and returns once none of its handlers is running and
    // every request they took is answered, so the caller may unload the owner's library
    // right after. Requests arriving meanwhile get 404. Must not be called from inside a
    // handler of the same owner (it would wait for itself).
    void remove_owner(const std::string& owner);

    // Every route now, by path then method: lets a check of every door miss none.
    std::vector<ListedRoute> list();

    // Hands the request's one answer to `deliver`: at once for 404 (unknown path), 405
    // (with Allow: a known path, another method) and 500 (the handler threw), otherwise
    // when the handler answers, on the thread it answers from. Never throws a handler's
    // exception.
    void dispatch(const host_api::HttpRequest& request, host_api::HttpResponder::Deliver deliver);

private:
    struct Route {
        std::string owner;
        // Shared so a running call keeps the handler alive while the table changes.
        std::shared_ptr<const host_api::DeferredRouteHandler> handler;
    };
    using MethodRoutes = std::map<std::string, Route>;  // by method
    class RunningCall;

    void run(const host_api::HttpRequest& request, Route route, host_api::HttpResponder::Deliver deliver);

    std::shared_ptr<spdlog::logger> logger_;
    std::mutex mutex_;
    std::condition_variable call_finished_;
    std::map<std::string, MethodRoutes> routes_;  // by path
    std::map<std::string, int> running_;          // requests not answered yet, by owner
};

// The routes one owner (a plugin) may add: what the host hands to that plugin.
class OwnedRoutes final : public host_api::HttpRoutes {
public:
    OwnedRoutes(RouteTable& table, std::string owner);

    host_api::Result<void> add_route(const std::string& method, const std::string& path,
                                     host_api::RouteHandler handler) override;
    host_api::Result<void> add_deferred_route(const std::string& method, const std::string& path,
                                              host_api::DeferredRouteHandler handler) override;

private:
    RouteTable& table_;
    std::string owner_;
};

}  // namespace host::http
