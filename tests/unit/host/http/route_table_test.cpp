#include "host/http/route_table.hpp"

#include <atomic>
#include <chrono>
#include <future>
#include <latch>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <spdlog/sinks/ostream_sink.h>
#include <catch2/catch.hpp>

#include "tests/support/quiet_logger.hpp"
#include "tests/unit/host/http/test_routes.hpp"

using host::http::OwnedRoutes;
using host::http::RouteTable;
using namespace std::chrono_literals;

using http_test::add_route;
using http_test::answer_of;
using http_test::answering;
using http_test::dispatch_now;

namespace {

host_api::HttpRequest request(const std::string& method, const std::string& path, std::string body = "") {
    host_api::HttpRequest result;
    result.method = method;
    result.path = path;
    result.body = std::move(body);
    return result;
}

}  // namespace

TEST_CASE("a registered route answers with its handler's response", "[http][routes]") {
    RouteTable table(test_support::quiet_logger("route_table_test"));
    add_route(table, "shopify", "POST", "/webhooks/shopify", [](const host_api::HttpRequest& r) {
        host_api::HttpResponse response;
        response.status = 202;
        response.body = "got " + r.body;
        return response;
    });

    const auto response = dispatch_now(table, request("POST", "/webhooks/shopify", "payload"));
    CHECK(response.status == 202);
    CHECK(response.body == "got payload");
}

TEST_CASE("an unknown path gives 404 not found", "[http][routes]") {
    RouteTable table(test_support::quiet_logger("route_table_test"));
    add_route(table, "shopify", "GET", "/a", answering("a"));

    const auto response = dispatch_now(table, request("GET", "/b"));
    CHECK(response.status == 404);
    CHECK(response.content_type == "application/json");
    CHECK(response.body == R"({"error":"not found"})");
    CHECK(dispatch_now(table, request("GET", "/a/")).status == 404);
}

TEST_CASE("a known path with another method gives 405 with Allow", "[http][routes]") {
    RouteTable table(test_support::quiet_logger("route_table_test"));
    add_route(table, "shopify", "POST", "/orders", answering("post"));
    add_route(table, "host", "GET", "/orders", answering("get"));

    const auto response = dispatch_now(table, request("DELETE", "/orders"));
    CHECK(response.status == 405);
    CHECK(host_api::find_header(response.headers, "Allow") == "GET, POST");
    CHECK(response.body == R"({"error":"method not allowed"})");
}

TEST_CASE("a second handler for the same method and path is refused, naming its owner", "[http][routes]") {
    RouteTable table(test_support::quiet_logger("route_table_test"));
    add_route(table, "shopify", "POST", "/webhooks/shopify", answering("first"));

    const auto duplicate = table.add("other", "POST", "/webhooks/shopify", answering("second"));
    REQUIRE_FALSE(duplicate.ok());
    CHECK_FALSE(duplicate.error().transient);
    CHECK(duplicate.error().message.find("POST /webhooks/shopify") != std::string::npos);
    CHECK(duplicate.error().message.find("shopify") != std::string::npos);
    CHECK(dispatch_now(table, request("POST", "/webhooks/shopify")).body == "first");

    CHECK(table.add("shopify", "GET", "/webhooks/shopify", answering("get")).ok());
}

TEST_CASE("routes without a method, a path or a handler are refused", "[http][routes]") {
    RouteTable table(test_support::quiet_logger("route_table_test"));
    CHECK_FALSE(table.add("p", "", "/a", answering("x")).ok());
    CHECK_FALSE(table.add("p", "get", "/a", answering("x")).ok());
    CHECK_FALSE(table.add("p", "GET", "a", answering("x")).ok());
    CHECK_FALSE(table.add("p", "GET", "/a?b=1", answering("x")).ok());
    CHECK_FALSE(table.add("p", "GET", "/a", host_api::RouteHandler{}).ok());
}

TEST_CASE("a throwing handler gives 500, logged with its reason but not the request body", "[http][routes]") {
    std::ostringstream log;
    auto logger =
        std::make_shared<spdlog::logger>("route_table_test", std::make_shared<spdlog::sinks::ostream_sink_mt>(log));
    RouteTable table(logger);
    add_route(table, "shopify", "POST", "/boom", [](const host_api::HttpRequest&) -> host_api::HttpResponse {
        throw std::runtime_error("decoder exploded");
    });
    add_route(table, "shopify", "POST", "/odd",
              [](const host_api::HttpRequest&) -> host_api::HttpResponse { throw 42; });

    const auto response = dispatch_now(table, request("POST", "/boom", "secret-customer-phone"));
    CHECK(response.status == 500);
    CHECK(response.body == R"({"error":"internal error"})");
    CHECK(dispatch_now(table, request("POST", "/odd", "secret-customer-phone")).status == 500);
    logger->flush();
    CHECK(log.str().find("decoder exploded") != std::string::npos);
    CHECK(log.str().find("/boom") != std::string::npos);
    CHECK(log.str().find("secret-customer-phone") == std::string::npos);
}

TEST_CASE("remove_owner returns only once the owner's running handler has finished", "[http][routes]") {
    RouteTable table(test_support::quiet_logger("route_table_test"));
    std::latch entered(1);
    std::latch release(1);
    // Stands for the plugin's state captured by its handler: it must be gone, destructor
    // run, before remove_owner returns (the library is unloaded right after).
    auto captured = std::make_shared<int>(7);
    std::weak_ptr<int> captured_alive = captured;
    add_route(table, "shopify", "POST", "/slow", [captured, &entered, &release](const host_api::HttpRequest&) {
        entered.count_down();
        release.wait();
        host_api::HttpResponse response;
        response.body = std::to_string(*captured);
        return response;
    });
    captured.reset();
    add_route(table, "host", "GET", "/health", answering("ok"));

    auto running = std::async(std::launch::async, [&] { return answer_of(table, request("POST", "/slow")).get(); });
    entered.wait();
    auto removal = std::async(std::launch::async, [&] { table.remove_owner("shopify"); });

    CHECK(removal.wait_for(300ms) == std::future_status::timeout);
    // Meanwhile the owner's routes are gone and the others still answer.
    CHECK(dispatch_now(table, request("POST", "/slow")).status == 404);
    CHECK(dispatch_now(table, request("GET", "/health")).body == "ok");
    CHECK(removal.wait_for(0ms) == std::future_status::timeout);
    CHECK_FALSE(captured_alive.expired());

    release.count_down();
    REQUIRE(removal.wait_for(30s) == std::future_status::ready);
    CHECK(captured_alive.expired());
    CHECK(running.get().body == "7");
}

TEST_CASE("remove_owner removes only that owner's routes, which may be added again", "[http][routes]") {
    RouteTable table(test_support::quiet_logger("route_table_test"));
    add_route(table, "shopify", "GET", "/orders", answering("shopify"));
    add_route(table, "host", "POST", "/orders", answering("host"));

    table.remove_owner("shopify");
    const auto get = dispatch_now(table, request("GET", "/orders"));
    CHECK(get.status == 405);
    CHECK(host_api::find_header(get.headers, "Allow") == "POST");
    CHECK(dispatch_now(table, request("POST", "/orders")).body == "host");

    add_route(table, "shopify", "GET", "/orders", answering("reloaded"));
    CHECK(dispatch_now(table, request("GET", "/orders")).body == "reloaded");
    table.remove_owner("nobody");
}

TEST_CASE("OwnedRoutes registers under its owner", "[http][routes]") {
    RouteTable table(test_support::quiet_logger("route_table_test"));
    OwnedRoutes shopify(table, "shopify");
    host_api::HttpRoutes& routes = shopify;
    REQUIRE(routes.add_route("POST", "/webhooks/shopify", answering("hook")).ok());
    CHECK_FALSE(routes.add_route("POST", "/webhooks/shopify", answering("again")).ok());
    CHECK(dispatch_now(table, request("POST", "/webhooks/shopify")).body == "hook");

    table.remove_owner("shopify");
    CHECK(dispatch_now(table, request("POST", "/webhooks/shopify")).status == 404);
}

TEST_CASE("concurrent dispatches of one route run side by side", "[http][routes]") {
    RouteTable table(test_support::quiet_logger("route_table_test"));
    std::latch both_inside(2);
    add_route(table, "shopify", "GET", "/a", [&](const host_api::HttpRequest&) {
        both_inside.arrive_and_wait();  // deadlocks (and times out below) if calls were serialized
        return host_api::HttpResponse{};
    });
    auto first = std::async(std::launch::async, [&] { return answer_of(table, request("GET", "/a")).get(); });
    auto second = std::async(std::launch::async, [&] { return answer_of(table, request("GET", "/a")).get(); });
    REQUIRE(first.wait_for(30s) == std::future_status::ready);
    REQUIRE(second.wait_for(30s) == std::future_status::ready);
    CHECK(first.get().status == 200);
    CHECK(second.get().status == 200);
}

TEST_CASE("R7 the table lists every route with its owner, and forgets a removed owner's", "[http][routes]") {
    RouteTable table(test_support::quiet_logger("route_table_test"));
    add_route(table, "host", "GET", "/api/orders", answering("list"));
    add_route(table, "host", "POST", "/api/orders", answering("made"));
    add_route(table, "shopify", "POST", "/webhooks/shopify", answering("taken"));
    auto listed = table.list();
    REQUIRE(listed.size() == 3);
    CHECK(listed[0].path == "/api/orders");
    CHECK(listed[0].method == "GET");
    CHECK(listed[1].method == "POST");
    CHECK(listed[2].owner == "shopify");
    CHECK(listed[2].path == "/webhooks/shopify");
    table.remove_owner("shopify");
    CHECK(table.list().size() == 2);
}

TEST_CASE("a deferred route answers later from another thread, its owner running until then", "[http][routes]") {
    RouteTable table(test_support::quiet_logger("route_table_test"));
    std::promise<host_api::HttpResponder> taken;
    REQUIRE(table
                .add_deferred("shopify", "POST", "/webhooks/shopify",
                              [&](const host_api::HttpRequest&, host_api::HttpResponder responder) {
                                  taken.set_value(std::move(responder));
                              })
                .ok());
    std::promise<host_api::HttpResponse> answer;
    auto answered = answer.get_future();
    table.dispatch(request("POST", "/webhooks/shopify"),
                   [&](host_api::HttpResponse response) { answer.set_value(std::move(response)); });
    // The handler has returned without an answer: the request waits, and so does the unload.
    auto responder = taken.get_future().get();
    CHECK(answered.wait_for(0ms) == std::future_status::timeout);
    auto removal = std::async(std::launch::async, [&] { table.remove_owner("shopify"); });
    CHECK(removal.wait_for(300ms) == std::future_status::timeout);

    std::thread([&responder] {
        responder.answer(host_api::HttpResponse{202, "application/json", {}, R"({"status":"accepted"})"});
    }).join();
    REQUIRE(answered.wait_for(30s) == std::future_status::ready);
    CHECK(answered.get().status == 202);
    REQUIRE(removal.wait_for(30s) == std::future_status::ready);
}

TEST_CASE("a deferred handler that answers before it returns keeps its owner running until it returns",
          "[http][routes]") {
    RouteTable table(test_support::quiet_logger("route_table_test"));
    std::latch answered(1);
    std::latch release(1);
    REQUIRE(table
                .add_deferred("shopify", "POST", "/hook",
                              [&](const host_api::HttpRequest&, host_api::HttpResponder responder) {
                                  responder.answer(host_api::HttpResponse{});
                                  answered.count_down();
                                  release.wait();  // still the owner's code, after its answer
                              })
                .ok());
    auto running = std::async(std::launch::async, [&] { return answer_of(table, request("POST", "/hook")).get(); });
    answered.wait();
    auto removal = std::async(std::launch::async, [&] { table.remove_owner("shopify"); });
    CHECK(removal.wait_for(300ms) == std::future_status::timeout);
    release.count_down();
    REQUIRE(removal.wait_for(30s) == std::future_status::ready);
    CHECK(running.get().status == 200);
}

TEST_CASE("a deferred handler that drops its responder gives 503, one that throws gives 500", "[http][routes]") {
    RouteTable table(test_support::quiet_logger("route_table_test"));
    REQUIRE(
        table.add_deferred("shopify", "POST", "/forgets", [](const host_api::HttpRequest&, host_api::HttpResponder) {})
            .ok());
    REQUIRE(table
                .add_deferred("shopify", "POST", "/throws",
                              [](const host_api::HttpRequest&, host_api::HttpResponder) {
                                  throw std::runtime_error("store gone");
                              })
                .ok());
    CHECK(dispatch_now(table, request("POST", "/forgets")).status == 503);
    CHECK(dispatch_now(table, request("POST", "/throws")).status == 500);
    table.remove_owner("shopify");  // both requests were answered: nothing holds the owner
}

TEST_CASE("OwnedRoutes registers a deferred route under its owner", "[http][routes]") {
    RouteTable table(test_support::quiet_logger("route_table_test"));
    OwnedRoutes shopify(table, "shopify");
    host_api::HttpRoutes& routes = shopify;
    const auto answer_later = [](const host_api::HttpRequest&, host_api::HttpResponder responder) {
        std::thread([responder] { responder.answer(host_api::HttpResponse{201, "text/plain", {}, "later"}); }).detach();
    };
    REQUIRE(routes.add_deferred_route("POST", "/webhooks/shopify", answer_later).ok());
    CHECK_FALSE(routes.add_deferred_route("POST", "/webhooks/shopify", answer_later).ok());
    CHECK_FALSE(routes.add_route("POST", "/webhooks/shopify", answering("again")).ok());
    CHECK(dispatch_now(table, request("POST", "/webhooks/shopify")).body == "later");
    table.remove_owner("shopify");
    CHECK(dispatch_now(table, request("POST", "/webhooks/shopify")).status == 404);
}
