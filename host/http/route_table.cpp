#include "host/http/route_table.hpp"

#include <exception>
#include <utility>
#include <vector>

#include "host/http/json_error.hpp"
#include "host_api/guarded_call.hpp"

namespace host::http {
namespace {

// RFC 9110 5.6.2: a method is a token; we take the common upper-case spelling only.
bool is_method(const std::string& method) {
    if (method.empty()) return false;
    for (char c : method) {
        if (c < 'A' || c > 'Z') return false;
    }
    return true;
}

bool is_path(const std::string& path) {
    return !path.empty() && path.front() == '/' && path.find_first_of("?# \r\n") == std::string::npos;
}

}  // namespace

// Counts one request of an owner from its dispatch to its answer: the dispatching call
// holds it while the handler runs, the responder's delivery until the answer is handed
// on. The handler copy is released before the count drops, so remove_owner() returns only
// after the last piece of the owner's code (the handler's destructor included) has run.
class RouteTable::RunningCall {
public:
    RunningCall(RouteTable& table, Route route) : table_(table), route_(std::move(route)) {}
    ~RunningCall() {
        route_.handler.reset();
        std::lock_guard lock(table_.mutex_);
        if (--table_.running_[route_.owner] == 0) table_.running_.erase(route_.owner);
        table_.call_finished_.notify_all();
    }
    RunningCall(const RunningCall&) = delete;
    RunningCall& operator=(const RunningCall&) = delete;

    const Route& route() const { return route_; }

private:
    RouteTable& table_;
    Route route_;
};

RouteTable::RouteTable(std::shared_ptr<spdlog::logger> logger) : logger_(std::move(logger)) {}

host_api::Result<void> RouteTable::add(const std::string& owner, const std::string& method, const std::string& path,
                                       host_api::RouteHandler handler) {
    if (!handler) return host_api::permanent_error("route " + method + " " + path + " has no handler");
    return add_deferred(
        owner, method, path,
        [answer_now = std::move(handler)](const host_api::HttpRequest& request, host_api::HttpResponder responder) {
            responder.answer(answer_now(request));
        });
}

host_api::Result<void> RouteTable::add_deferred(const std::string& owner, const std::string& method,
                                                const std::string& path, host_api::DeferredRouteHandler handler) {
    if (!is_method(method)) return host_api::permanent_error("route method \"" + method + "\" is not an HTTP method");
    if (!is_path(path))
        return host_api::permanent_error("route path \"" + path + "\" must start with / and hold no query");
    if (!handler) return host_api::permanent_error("route " + method + " " + path + " has no handler");
    std::lock_guard lock(mutex_);
    auto& methods = routes_[path];
    if (const auto existing = methods.find(method); existing != methods.end()) {
        return host_api::permanent_error("route " + method + " " + path + " is already registered by " +
                                         existing->second.owner);
    }
    methods.emplace(method, Route{owner, std::make_shared<const host_api::DeferredRouteHandler>(std::move(handler))});
    return host_api::success();
}

std::vector<ListedRoute> RouteTable::list() {
    std::lock_guard lock(mutex_);
    std::vector<ListedRoute> out;
    for (const auto& [path, methods] : routes_)
        for (const auto& [method, route] : methods) out.push_back({route.owner, method, path});
    return out;
}

void RouteTable::remove_owner(const std::string& owner) {
    std::vector<Route> removed;  // destroyed outside the lock: their destructors are the owner's code
    std::unique_lock lock(mutex_);
    for (auto path = routes_.begin(); path != routes_.end();) {
        auto& methods = path->second;
        for (auto route = methods.begin(); route != methods.end();) {
            if (route->second.owner != owner) {
                ++route;
                continue;
            }
            removed.push_back(std::move(route->second));
            route = methods.erase(route);
        }
        path = methods.empty() ? routes_.erase(path) : std::next(path);
    }
    lock.unlock();
    removed.clear();

    lock.lock();
    call_finished_.wait(lock, [&] { return !running_.contains(owner); });
}

void RouteTable::dispatch(const host_api::HttpRequest& request, host_api::HttpResponder::Deliver deliver) {
    std::unique_lock lock(mutex_);
    const auto path = routes_.find(request.path);
    if (path == routes_.end()) {
        lock.unlock();
        return deliver(json_error_response(404, "not found"));
    }
    const auto route = path->second.find(request.method);
    if (route == path->second.end()) {
        std::string allow;
        for (const auto& [method, unused] : path->second) allow += (allow.empty() ? "" : ", ") + method;
        auto response = json_error_response(405, "method not allowed");
        response.headers.emplace_back("Allow", allow);
        lock.unlock();
        return deliver(std::move(response));
    }
    Route chosen = route->second;
    ++running_[chosen.owner];
    lock.unlock();
    run(request, std::move(chosen), std::move(deliver));
}

void RouteTable::run(const host_api::HttpRequest& request, Route route, host_api::HttpResponder::Deliver deliver) {
    // Held here while the handler runs and by the responder until it answers: an answer
    // given from another thread before the handler returns leaves the count up until both
    // are done.
    const auto call = std::make_shared<RunningCall>(*this, std::move(route));
    const host_api::HttpResponder responder(
        [call, deliver = std::move(deliver)](host_api::HttpResponse response) { deliver(std::move(response)); });
    try {
        (*call->route().handler)(request, responder);
        return;
    } catch (const std::exception& e) {
        // Never the body or the headers: they carry payloads and signatures.
        logger_->error("route {} {} of {} failed: {}", request.method, request.path, call->route().owner, e.what());
    } catch (...) {
        logger_->error("route {} {} of {} failed with an unknown exception", request.method, request.path,
                       call->route().owner);
    }
    responder.answer(json_error_response(500, "internal error"));  // dropped if it answered before throwing
}

OwnedRoutes::OwnedRoutes(RouteTable& table, std::string owner) : table_(table), owner_(std::move(owner)) {}

host_api::Result<void> OwnedRoutes::add_route(const std::string& method, const std::string& path,
                                              host_api::RouteHandler handler) {
    // Called by a plugin: nothing may throw back across its library boundary.
    return host_api::guarded_call("add_route", [&] { return table_.add(owner_, method, path, std::move(handler)); });
}

host_api::Result<void> OwnedRoutes::add_deferred_route(const std::string& method, const std::string& path,
                                                       host_api::DeferredRouteHandler handler) {
    return host_api::guarded_call("add_deferred_route",
                                  [&] { return table_.add_deferred(owner_, method, path, std::move(handler)); });
}

}  // namespace host::http
