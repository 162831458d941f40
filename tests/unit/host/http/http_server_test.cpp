#include "host/http/http_server.hpp"

#include <algorithm>
#include <chrono>
#include <future>
#include <latch>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "host/http/outbound_client.hpp"
#include "tests/unit/host/http/raw_http_server.hpp"
#include "tests/unit/host/http/test_routes.hpp"

namespace net = boost::asio;
namespace beast = boost::beast;
namespace beast_http = boost::beast::http;
using tcp = boost::asio::ip::tcp;
using host::http::HttpServer;
using host::http::RouteTable;
using http_test::add_route;
using http_test::answering;
using http_test::closed_by_server;
using http_test::get;
using http_test::RawClient;
using http_test::RunningServer;
using namespace std::chrono_literals;

TEST_CASE("a route answers over HTTP with the raw body and headers delivered byte-exact", "[http][server]") {
    RunningServer running;
    std::mutex mutex;
    host_api::HttpRequest seen;
    add_route(running.routes, "shopify", "POST", "/webhooks/shopify", [&](const host_api::HttpRequest& request) {
        std::lock_guard lock(mutex);
        seen = request;
        host_api::HttpResponse response;
        response.status = 201;
        response.content_type = "application/octet-stream";
        response.headers = {{"X-Reply", "a b;c=\"d\""}, {"Set-Cookie", "one=1"}, {"Set-Cookie", "two=2"}};
        response.body = std::string("out\0\r\n\xff", 7);
        return response;
    });

    constexpr char raw_body[] = "{\"id\":820982911946154508,\"note\":\"caf\xc3\xa9\"}\r\n\0\xff tail ";
    const std::string body(raw_body, sizeof raw_body - 1);
    REQUIRE(body.find('\0') != std::string::npos);
    const std::string wire =
        "POST /webhooks/shopify?shop=x.myshopify.com&a=%20b HTTP/1.1\r\n"
        "Host: localhost\r\n"
        "X-Shopify-Hmac-Sha256: Kx+/eQ==\r\n"
        "x-shopify-topic: orders/create\r\n"
        "Content-Type: application/json\r\n"
        "Content-Length: " +
        std::to_string(body.size()) + "\r\n\r\n" + body;
    RawClient client(running.port);
    const auto response = client.exchange(wire);
    REQUIRE(response);

    {
        std::lock_guard lock(mutex);
        CHECK(seen.method == "POST");
        CHECK(seen.path == "/webhooks/shopify");
        CHECK(seen.query == "shop=x.myshopify.com&a=%20b");
        CHECK(seen.body == body);
        CHECK(seen.header("x-shopify-hmac-sha256") == "Kx+/eQ==");
        CHECK(seen.header("X-Shopify-Topic") == "orders/create");
        const std::vector<std::pair<std::string, std::string>> expected_first = {
            {"Host", "localhost"}, {"X-Shopify-Hmac-Sha256", "Kx+/eQ=="}, {"x-shopify-topic", "orders/create"}};
        REQUIRE(seen.headers.size() == 5);
        CHECK(std::vector(seen.headers.begin(), seen.headers.begin() + 3) == expected_first);
    }
    CHECK(response->result_int() == 201);
    CHECK(response->body() == std::string("out\0\r\n\xff", 7));
    CHECK((*response)[beast_http::field::content_type] == "application/octet-stream");
    CHECK((*response)["X-Reply"] == "a b;c=\"d\"");
    CHECK(response->count("Set-Cookie") == 2);
}

TEST_CASE("the outbound client reaches a route over plain http on loopback", "[http][server][outbound]") {
    RunningServer running;
    std::mutex mutex;
    host_api::HttpRequest seen;
    add_route(running.routes, "shopify", "PUT", "/api/things", [&](const host_api::HttpRequest& request) {
        std::lock_guard lock(mutex);
        seen = request;
        host_api::HttpResponse response;
        response.status = 409;
        response.headers = {{"X-Request-Id", "r-1"}};
        response.body = R"({"conflict":true})";
        return response;
    });

    host::http::OutboundClient client({}, true, running.logger);
    host_api::OutboundRequest request;
    request.method = "PUT";
    request.url = "http://127.0.0.1:" + std::to_string(running.port) + "/api/things?page=2";
    request.headers = {{"X-Token", "t0k"}, {"Content-Type", "application/json"}};
    request.body = "{\"a\":[1,2]}";
    const auto response = client.send(request);
    REQUIRE(response.ok());
    CHECK(response->status == 409);
    CHECK(response->header("x-request-id") == "r-1");
    CHECK(response->header("Content-Type") == "application/json");
    CHECK(response->body == R"({"conflict":true})");
    std::lock_guard lock(mutex);
    CHECK(seen.query == "page=2");
    CHECK(seen.header("X-Token") == "t0k");
    CHECK(seen.body == request.body);
}

TEST_CASE("over HTTP an unknown path gives 404 and another method 405 with Allow", "[http][server]") {
    RunningServer running;
    add_route(running.routes, "host", "GET", "/health", answering("ok"));
    RawClient client(running.port);

    const auto missing = client.exchange(get("/nothing"));
    REQUIRE(missing);
    CHECK(missing->result_int() == 404);
    CHECK(missing->body() == R"({"error":"not found"})");

    const auto wrong_method = client.exchange("DELETE /health HTTP/1.1\r\nHost: test\r\n\r\n");
    REQUIRE(wrong_method);
    CHECK(wrong_method->result_int() == 405);
    CHECK((*wrong_method)["Allow"] == "GET");
}

TEST_CASE("a throwing handler gives 500 and the server keeps serving", "[http][server]") {
    RunningServer running;
    add_route(running.routes, "shopify", "GET", "/boom",
              [](const host_api::HttpRequest&) -> host_api::HttpResponse { throw std::runtime_error("boom"); });
    add_route(running.routes, "host", "GET", "/health", answering("ok"));

    RawClient client(running.port);
    const auto failed = client.exchange(get("/boom"));
    REQUIRE(failed);
    CHECK(failed->result_int() == 500);
    CHECK(failed->body() == R"({"error":"internal error"})");

    const auto same_connection = client.exchange(get("/health"));
    REQUIRE(same_connection);
    CHECK(same_connection->body() == "ok");
    RawClient another(running.port);
    const auto new_connection = another.exchange(get("/health"));
    REQUIRE(new_connection);
    CHECK(new_connection->body() == "ok");
}

TEST_CASE("two requests are answered on one keep-alive connection", "[http][server]") {
    RunningServer running;
    add_route(running.routes, "host", "GET", "/a", answering("first"));
    add_route(running.routes, "host", "GET", "/b", answering("second"));
    RawClient client(running.port);

    const auto first = client.exchange(get("/a"));
    REQUIRE(first);
    CHECK(first->body() == "first");
    CHECK(first->keep_alive());
    const auto second = client.exchange(get("/b"));
    REQUIRE(second);
    CHECK(second->body() == "second");

    // HTTP/1.0 without keep-alive: answered, then closed.
    const auto old_style = client.exchange("GET /a HTTP/1.0\r\n\r\n");
    REQUIRE(old_style);
    CHECK(old_style->body() == "first");
    CHECK_FALSE(client.receive());
    CHECK(closed_by_server(client.last_error()));
}

TEST_CASE("a client that sends Expect: 100-continue gets 100 Continue before it sends the body", "[http][server]") {
    RunningServer running;
    add_route(running.routes, "shopify", "POST", "/upload", [](const host_api::HttpRequest& request) {
        host_api::HttpResponse response;
        response.body = request.body;
        return response;
    });
    RawClient client(running.port);
    REQUIRE(client.send("POST /upload HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n"));
    const auto interim = client.receive<beast_http::response<beast_http::empty_body>>();
    REQUIRE(interim);
    CHECK(interim->result_int() == 100);
    REQUIRE(client.send("hello"));
    const auto final_response = client.receive();
    REQUIRE(final_response);
    CHECK(final_response->result_int() == 200);
    CHECK(final_response->body() == "hello");
}

TEST_CASE("a malformed request gets 400 and the connection closes", "[http][server]") {
    RunningServer running;
    RawClient client(running.port);
    const auto response = client.exchange("GET /a HTTP/1.1\r\nBad Header Line\r\n\r\n");
    REQUIRE(response);
    CHECK(response->result_int() == 400);
    CHECK_FALSE(client.receive());
    CHECK(closed_by_server(client.last_error()));
}

TEST_CASE("a handler's bad status and header injection do not reach the wire", "[http][server]") {
    RunningServer running;
    add_route(running.routes, "shopify", "GET", "/inject", [](const host_api::HttpRequest&) {
        host_api::HttpResponse response;
        response.headers = {{"X-Ok", "fine"}, {"X-Bad", "a\r\nInjected: 1"}, {"Content-Length", "999"}};
        response.body = "body";
        return response;
    });
    add_route(running.routes, "shopify", "GET", "/status", [](const host_api::HttpRequest&) {
        host_api::HttpResponse response;
        response.status = 42;
        return response;
    });
    RawClient client(running.port);

    const auto injected = client.exchange(get("/inject"));
    REQUIRE(injected);
    CHECK((*injected)["X-Ok"] == "fine");
    CHECK(injected->count("Injected") == 0);
    CHECK(injected->count("X-Bad") == 0);
    CHECK(injected->body() == "body");

    const auto bad_status = client.exchange(get("/status"));
    REQUIRE(bad_status);
    CHECK(bad_status->result_int() == 500);
}

TEST_CASE("stop() answers the request in flight, closes idle connections, and run() returns", "[http][server]") {
    RunningServer running;
    std::latch entered(1);
    std::latch release(1);
    add_route(running.routes, "shopify", "POST", "/slow", [&](const host_api::HttpRequest& request) {
        entered.count_down();
        release.wait();
        host_api::HttpResponse response;
        response.body = "done " + request.body;
        return response;
    });
    add_route(running.routes, "host", "GET", "/health", answering("ok"));

    RawClient idle(running.port);
    REQUIRE(idle.exchange(get("/health")));
    auto slow = std::async(std::launch::async, [&] {
        RawClient client(running.port);
        return client.exchange("POST /slow HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\n\r\nwork");
    });
    entered.wait();

    running.server.stop();
    CHECK_FALSE(idle.receive());
    CHECK(closed_by_server(idle.last_error()));
    CHECK(slow.wait_for(300ms) == std::future_status::timeout);
    CHECK_FALSE(running.runs_end_within(0s));

    release.count_down();
    REQUIRE(slow.wait_for(30s) == std::future_status::ready);
    const auto answer = slow.get();
    REQUIRE(answer);
    CHECK(answer->body() == "done work");
    CHECK(running.runs_end_within(30s));

    net::io_context io;
    tcp::socket socket(io);
    beast::error_code ec;
    socket.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), running.port), ec);
    CHECK(ec == net::error::connection_refused);
}

TEST_CASE("stop() lets a request whose header has arrived finish receiving and be answered", "[http][server]") {
    RunningServer running;
    add_route(running.routes, "shopify", "POST", "/upload", [](const host_api::HttpRequest& request) {
        host_api::HttpResponse response;
        response.body = "got " + request.body;
        return response;
    });
    RawClient client(running.port);
    // The 100 Continue proves the server holds the header before stop() comes.
    REQUIRE(client.send("POST /upload HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n"));
    REQUIRE(client.receive<beast_http::response<beast_http::empty_body>>());

    running.server.stop();
    REQUIRE(client.send("body"));
    const auto answer = client.receive();
    REQUIRE(answer);
    CHECK(answer->body() == "got body");
    CHECK_FALSE(client.receive());
    CHECK(closed_by_server(client.last_error()));
    CHECK(running.runs_end_within(30s));
}

TEST_CASE("listening on a port in use gives a clear error", "[http][server]") {
    RunningServer running;
    net::io_context io;
    RouteTable routes(running.logger);
    HttpServer second(io, routes, running.logger);

    const auto taken = second.listen("127.0.0.1", running.port);
    REQUIRE_FALSE(taken.ok());
    const std::string& message = taken.error().message;
    CHECK(message.find("127.0.0.1:" + std::to_string(running.port)) != std::string::npos);
    CHECK(message.find("in use") != std::string::npos);

    const auto not_an_address = second.listen("local host", 0);
    REQUIRE_FALSE(not_an_address.ok());
    CHECK(not_an_address.error().message.find("local host") != std::string::npos);

    REQUIRE(second.listen("127.0.0.1", 0).ok());
    CHECK_FALSE(second.listen("127.0.0.1", 0).ok());
}

TEST_CASE("deferred answers hold no server thread: more requests wait than the server has threads", "[http][server]") {
    RunningServer running;  // two io threads
    std::mutex mutex;
    std::vector<host_api::HttpResponder> waiting;
    REQUIRE(running.routes
                .add_deferred("shopify", "POST", "/hold",
                              [&](const host_api::HttpRequest&, host_api::HttpResponder responder) {
                                  std::lock_guard lock(mutex);
                                  waiting.push_back(std::move(responder));
                              })
                .ok());
    add_route(running.routes, "host", "GET", "/health", answering("ok"));
    const auto waiting_count = [&] {
        std::lock_guard lock(mutex);
        return waiting.size();
    };

    constexpr std::size_t k_clients = 6;
    std::vector<std::unique_ptr<RawClient>> clients;
    const std::string hold = "POST /hold HTTP/1.1\r\nHost: test\r\nContent-Length: 0\r\n\r\n";
    for (std::size_t i = 0; i < k_clients; ++i) {
        clients.push_back(std::make_unique<RawClient>(running.port));
        REQUIRE(clients.back()->send(hold));
    }
    const auto deadline = std::chrono::steady_clock::now() + 20s;
    while (waiting_count() < k_clients && std::chrono::steady_clock::now() < deadline) std::this_thread::sleep_for(5ms);
    REQUIRE(waiting_count() == k_clients);
    RawClient other(running.port);
    const auto health = other.exchange(get("/health"));
    REQUIRE(health);
    CHECK(health->body() == "ok");

    // Answered from a thread of nobody's server, each on its own connection, which then
    // serves its next request.
    std::thread([&] {
        std::lock_guard lock(mutex);
        for (std::size_t i = 0; i < waiting.size(); ++i)
            waiting[i].answer(host_api::HttpResponse{202, "text/plain", {}, "held " + std::to_string(i)});
        waiting.clear();
    }).join();
    std::vector<std::string> bodies;
    for (auto& client : clients) {
        const auto answer = client->receive();
        REQUIRE(answer);
        CHECK(answer->result_int() == 202);
        bodies.push_back(answer->body());
        REQUIRE(client->send(hold));
    }
    std::sort(bodies.begin(), bodies.end());
    CHECK(bodies == std::vector<std::string>{"held 0", "held 1", "held 2", "held 3", "held 4", "held 5"});
    while (waiting_count() < k_clients && std::chrono::steady_clock::now() < deadline + 20s)
        std::this_thread::sleep_for(5ms);
    REQUIRE(waiting_count() == k_clients);
    {
        std::lock_guard lock(mutex);
        waiting.clear();  // dropped unanswered: each connection gets 503
    }
    for (auto& client : clients) {
        const auto answer = client->receive();
        REQUIRE(answer);
        CHECK(answer->result_int() == 503);
    }
}
