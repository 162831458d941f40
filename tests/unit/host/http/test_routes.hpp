#pragma once
// Routes the HTTP tests register: a handler that answers a fixed text, and adding a route
// that must be accepted.
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

}  // namespace http_test
