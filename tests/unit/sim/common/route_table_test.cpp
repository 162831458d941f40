#include <catch2/catch.hpp>

#include "tests/sim/common/route_table.hpp"

using sim::common::json_reply;
using sim::common::RouteTable;

namespace {

RouteTable table() {
    return RouteTable({json_reply(404, R"({"errors":"Not Found"})"),
                       json_reply(405, R"({"errors":"Method Not Allowed"})"),
                       json_reply(500, R"({"errors":"Internal Server Error"})")});
}

host_api::HttpRequest request(std::string method, std::string path) {
    host_api::HttpRequest out;
    out.method = std::move(method);
    out.path = std::move(path);
    return out;
}

RouteTable::Handler answering(int status) {
    return [status](const host_api::HttpRequest&, const RouteTable::Captures& captures) {
        std::string body;
        for (const auto& capture : captures) body += capture + ";";
        return json_reply(status, body);
    };
}

}  // namespace

TEST_CASE("a route pattern's \"*\" matches one non-empty path segment and hands it to the handler") {
    auto routes = table();
    routes.add("GET", "/_sim/orders/*", answering(200));
    routes.add("POST", "/_sim/orders/*/cancel", answering(201));

    auto answer = routes.dispatch(request("GET", "/_sim/orders/450789469"));
    CHECK(answer.response.status == 200);
    CHECK(answer.response.body == "450789469;");
    answer = routes.dispatch(request("POST", "/_sim/orders/7/cancel"));
    CHECK(answer.response.status == 201);
    CHECK(answer.response.body == "7;");
    CHECK(routes.dispatch(request("GET", "/_sim/orders/")).response.status == 404);
    CHECK(routes.dispatch(request("GET", "/_sim/orders/7/lines")).response.status == 404);
}

TEST_CASE("a path is matched as given: with and without a trailing slash are two routes") {
    auto routes = table();
    routes.add("POST", "/v2.0/json/", answering(200));
    CHECK(routes.dispatch(request("POST", "/v2.0/json/")).response.status == 200);
    CHECK(routes.dispatch(request("POST", "/v2.0/json")).response.status == 404);
}

TEST_CASE("an unknown path and a known path asked with another method get the server's own answers") {
    auto routes = table();
    routes.add("GET", "/_sim/stats", answering(200));
    const auto wrong_method = routes.dispatch(request("POST", "/_sim/stats"));
    CHECK(wrong_method.response.status == 405);
    CHECK(wrong_method.response.body == R"({"errors":"Method Not Allowed"})");
    const auto unknown = routes.dispatch(request("GET", "/nowhere"));
    CHECK(unknown.response.status == 404);
    CHECK(unknown.response.body == R"({"errors":"Not Found"})");
    CHECK(unknown.response.content_type == "application/json; charset=utf-8");
}
