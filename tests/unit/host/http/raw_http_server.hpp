#pragma once
// The HTTP server on loopback as the host runs it, and a client on a raw socket that sends
// exactly the bytes a test gives: what the HTTP server tests share.
#include <chrono>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <catch2/catch.hpp>

#include "host/http/http_server.hpp"
#include "host/http/route_table.hpp"
#include "tests/support/quiet_logger.hpp"

namespace http_test {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace beast_http = boost::beast::http;
using tcp = boost::asio::ip::tcp;
using namespace std::chrono_literals;

// A server on 127.0.0.1, a kernel-chosen port, and an io_context run by two threads as
// the host runs it.
struct RunningServer {
    explicit RunningServer(host::http::HttpServerLimits limits = {}) : server(io, routes, logger, limits) {
        auto bound = server.listen("127.0.0.1", 0);
        REQUIRE(bound.ok());
        port = bound.value();
        for (int i = 0; i < 2; ++i) runners.push_back(std::async(std::launch::async, [this] { io.run(); }));
    }

    ~RunningServer() {
        server.stop();
        if (!runs_end_within(30s)) io.stop();  // a failed test must not hang the next
    }

    bool runs_end_within(std::chrono::seconds bound) {
        const auto deadline = std::chrono::steady_clock::now() + bound;
        for (auto& runner : runners) {
            if (runner.wait_until(deadline) != std::future_status::ready) return false;
        }
        return true;
    }

    std::shared_ptr<spdlog::logger> logger = test_support::quiet_logger("http_server_test");
    host::http::RouteTable routes{logger};
    net::io_context io;
    host::http::HttpServer server;
    std::uint16_t port = 0;
    std::vector<std::future<void>> runners;
};

using Response = beast_http::response<beast_http::string_body>;

// A test client on a socket of its own; every wait is bounded so a broken server fails
// the test instead of hanging it. No Catch2 assertions inside: it also runs on other
// threads, and Catch2 v2 assertions are not thread-safe.
class RawClient {
public:
    explicit RawClient(std::uint16_t port) : stream_(io_) {
        last_error_ = wait([&](auto done) {
            stream_.async_connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port),
                                  [done](beast::error_code ec) { done(ec, 0); });
        });
    }

    bool send(const std::string& bytes) {
        last_error_ = wait([&](auto done) { net::async_write(stream_, net::buffer(bytes), done); });
        return !last_error_;
    }

    // The next response, or nullopt with last_error() set (end_of_stream when the server
    // closed the connection).
    template <class Message = Response>
    std::optional<Message> receive() {
        Message response;
        last_error_ = wait([&](auto done) { beast_http::async_read(stream_, buffer_, response, done); });
        if (last_error_) return std::nullopt;
        return response;
    }

    std::optional<Response> exchange(const std::string& bytes) {
        if (!send(bytes)) return std::nullopt;
        return receive();
    }

    beast::error_code last_error() const { return last_error_; }

private:
    template <class Start>
    beast::error_code wait(Start start) {
        beast::error_code result = net::error::would_block;
        stream_.expires_after(20s);
        start([&result](beast::error_code ec, std::size_t) { result = ec; });
        io_.restart();
        io_.run();
        return result;
    }

    net::io_context io_;
    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    beast::error_code last_error_;
};

inline std::string get(const std::string& path) { return "GET " + path + " HTTP/1.1\r\nHost: test\r\n\r\n"; }

inline bool closed_by_server(const beast::error_code& ec) {
    return ec == beast_http::error::end_of_stream || ec == net::error::eof || ec == net::error::connection_reset;
}

}  // namespace http_test
