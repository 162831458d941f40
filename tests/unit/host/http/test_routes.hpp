#pragma once
// Routes the HTTP tests register: a handler that answers a fixed text, adding a route
// that must be accepted, and a dispatch that waits for its answer.
#include <chrono>
#include <future>
#include <memory>
#include <string>

#include <catch2/catch.hpp>

#include "host/http/route_table.hpp"

namespace http_test {

inline host_api::RouteHandler answering(std::string body) {
    return [body](const host_api::HttpRequest&) {
        host_api::HttpResponse response;
        response.content_type = "text/plain";
        response.body = body;
        return response;
    };
}

// A refusal fails the test at once.
inline void add_route(host::http::RouteTable& table, const std::string& owner, const std::string& method,
                      const std::string& path, host_api::RouteHandler handler) {
    const auto added = table.add(owner, method, path, std::move(handler));
    INFO((added.ok() ? std::string() : added.error().message));
    REQUIRE(added.ok());
}

// The answer the table hands on for `request`, given at once or later by another thread.
// Asserts nothing, so other threads may call it.
inline std::future<host_api::HttpResponse> answer_of(host::http::RouteTable& table,
                                                     const host_api::HttpRequest& request) {
    auto answer = std::make_shared<std::promise<host_api::HttpResponse>>();
    auto answered = answer->get_future();
    table.dispatch(request, [answer](host_api::HttpResponse response) { answer->set_value(std::move(response)); });
    return answered;
}

// The same on the test's thread, failing the test when no answer comes.
inline host_api::HttpResponse dispatch_now(host::http::RouteTable& table, const host_api::HttpRequest& request) {
    auto answered = answer_of(table, request);
    REQUIRE(answered.wait_for(std::chrono::seconds(30)) == std::future_status::ready);
    return answered.get();
}

}  // namespace http_test
