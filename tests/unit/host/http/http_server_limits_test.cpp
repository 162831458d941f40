// The HTTP server's limits (R27): body size, idle and request timeouts, the connection cap.
#include "host/http/http_server.hpp"

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/support/slow_client.hpp"
#include "tests/unit/host/http/raw_http_server.hpp"
#include "tests/unit/host/http/test_routes.hpp"

using host::http::HttpServerLimits;
using http_test::add_route;
using http_test::answering;
using http_test::closed_by_server;
using http_test::get;
using http_test::RawClient;
using http_test::RunningServer;
using namespace std::chrono_literals;

TEST_CASE("a body up to the limit is accepted and one byte more is refused with 413", "[http][server]") {
    RunningServer running;
    std::atomic<std::size_t> received{0};
    add_route(running.routes, "shopify", "POST", "/upload", [&](const host_api::HttpRequest& request) {
        received = request.body.size();
        return host_api::HttpResponse{};
    });
    const std::size_t limit = HttpServerLimits{}.body_limit;
    REQUIRE(limit == 10 * 1024 * 1024);

    RawClient client(running.port);
    const auto at_limit =
        client.exchange("POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: " + std::to_string(limit) + "\r\n\r\n" +
                        std::string(limit, 'x'));
    REQUIRE(at_limit);
    CHECK(at_limit->result_int() == 200);
    CHECK(received == limit);

    RawClient over(running.port);
    // The length alone is refused: the client need not send the body.
    const auto refused =
        over.exchange("POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: " + std::to_string(limit + 1) + "\r\n\r\n" +
                      "only a little");
    REQUIRE(refused);
    CHECK(refused->result_int() == 413);
    CHECK(refused->body() == R"({"error":"request body too large"})");
    CHECK(received == limit);
}

TEST_CASE("a chunked body over the limit is refused with 413", "[http][server]") {
    HttpServerLimits limits;
    limits.body_limit = 100;
    RunningServer running(limits);
    add_route(running.routes, "shopify", "POST", "/upload", answering("taken"));
    RawClient client(running.port);
    const auto refused = client.exchange(
        "POST /upload HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
        "50\r\n" +
        std::string(0x50, 'a') + "\r\n" + "50\r\n" + std::string(0x50, 'b') + "\r\n0\r\n\r\n");
    REQUIRE(refused);
    CHECK(refused->result_int() == 413);
}

TEST_CASE("a client that sends nothing is disconnected after the idle timeout", "[http][server]") {
    HttpServerLimits limits;
    limits.idle_timeout = 300ms;
    RunningServer running(limits);
    RawClient silent(running.port);
    const auto started = std::chrono::steady_clock::now();
    CHECK_FALSE(silent.receive());
    // Closed by the server, not our own 20 s client bound.
    CHECK(closed_by_server(silent.last_error()));
    CHECK(std::chrono::steady_clock::now() - started < 15s);
}

TEST_CASE("R27 a request trickled a byte a second gets 408 at the request timeout and others are served meanwhile",
          "[http][server][limits]") {
    HttpServerLimits limits;
    limits.request_timeout = 1500ms;
    RunningServer running(limits);
    std::atomic<int> slow_calls{0};
    add_route(running.routes, "shopify", "POST", "/slow", [&](const host_api::HttpRequest&) {
        ++slow_calls;
        return host_api::HttpResponse{};
    });
    add_route(running.routes, "host", "GET", "/health", answering("ok"));

    auto trickled = std::async(std::launch::async, [&] {
        return test_support::send_trickled(running.port, "POST /slow HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\n\r\nab",
                                           1000ms, 20s);
    });
    // The slow client holds no thread: others are answered at once while it trickles.
    for (int i = 0; i < 3; ++i) {
        RawClient other(running.port);
        const auto started = std::chrono::steady_clock::now();
        const auto answer = other.exchange(get("/health"));
        REQUIRE(answer);
        CHECK(answer->body() == "ok");
        CHECK(std::chrono::steady_clock::now() - started < 1s);
        std::this_thread::sleep_for(300ms);
    }
    const auto result = trickled.get();
    CHECK(result.status == 408);
    CHECK(result.body == R"({"error":"request not received in time"})");
    CHECK(result.bytes_sent <= 3);
    CHECK(result.elapsed >= 1400ms);
    CHECK(result.elapsed < 10s);
    CHECK(slow_calls == 0);
}

TEST_CASE("R27 past the connection cap the longest idle connection is closed and the newcomer is served",
          "[http][server][limits]") {
    HttpServerLimits limits;
    limits.max_connections = 3;
    RunningServer running(limits);
    add_route(running.routes, "host", "GET", "/health", answering("ok"));
    test_support::IdleConnections idle(running.port, 3);
    std::this_thread::sleep_for(300ms);  // accepted by the server, not only by the kernel

    RawClient newcomer(running.port);
    const auto answer = newcomer.exchange(get("/health"));
    REQUIRE(answer);
    CHECK(answer->result_int() == 200);
    CHECK(idle.closed_by_server() == 1);
}

TEST_CASE("R27 past the connection cap with every connection inside a request the newcomer gets 503",
          "[http][server][limits]") {
    HttpServerLimits limits;
    limits.max_connections = 2;
    RunningServer running(limits);
    add_route(running.routes, "shopify", "POST", "/upload", answering("taken"));
    std::vector<std::unique_ptr<RawClient>> busy;
    for (int i = 0; i < 2; ++i) {
        busy.push_back(std::make_unique<RawClient>(running.port));
        REQUIRE(busy.back()->send("POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\n\r\nha"));
    }
    std::this_thread::sleep_for(300ms);

    RawClient newcomer(running.port);
    const auto refused = newcomer.receive();
    REQUIRE(refused);
    CHECK(refused->result_int() == 503);
    CHECK(refused->body() == R"({"error":"the server is busy: too many open connections"})");
    // The requests in flight are untouched.
    const auto finished = busy.front()->exchange("lf");
    REQUIRE(finished);
    CHECK(finished->body() == "taken");
}
