#pragma once
// One accepted connection: reads HTTP/1.1 requests, hands each to the route table, writes
// the answer, and keeps the connection alive until the client, a timeout or stop() ends it.
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>

#include <spdlog/spdlog.h>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/parser.hpp>

#include "host/http/http_server_limits.hpp"
#include "host/http/message_conversion.hpp"
#include "host/http/route_table.hpp"

namespace host::http {

class HttpSession : public std::enable_shared_from_this<HttpSession> {
public:
    // `socket` must run on a strand of its own: every handler of the session runs there.
    HttpSession(boost::asio::ip::tcp::socket&& socket, RouteTable& routes, const HttpServerLimits& limits,
                std::shared_ptr<spdlog::logger> logger);

    void start();
    // Graceful: an idle connection closes now; a request being received or answered is
    // answered first, then the connection closes. Safe from any thread.
    void stop();
    // Closes the connection if it is still waiting for a request's header, to make room
    // for a new one; false when it is busy with a request (or already evicted). Safe from
    // any thread.
    bool evict();
    // Instead of start(): answers 503 at once and closes, for a connection over the cap.
    void refuse_busy();

private:
    using RequestParser = boost::beast::http::request_parser<boost::beast::http::string_body>;
    using ContinueResponse = boost::beast::http::response<boost::beast::http::empty_body>;

    void read_request();
    void on_first_bytes(boost::beast::error_code ec, std::size_t bytes);
    void read_header();
    void on_request_timeout(std::uint64_t request, boost::beast::error_code ec);
    void on_header(boost::beast::error_code ec, std::size_t bytes);
    void read_body();
    void on_body(boost::beast::error_code ec, std::size_t bytes);
    void on_read_error(boost::beast::error_code ec);
    void answer();
    void write(BeastResponse&& response);
    void on_write(bool close, boost::beast::error_code ec, std::size_t bytes);
    void stop_if_idle();
    void close_if_awaiting_header();
    void close();

    boost::beast::tcp_stream stream_;
    // Bounds a request from its first byte to its last; on expiry it cancels the read so
    // the client still gets a 408 (the stream's own timeout would close the socket).
    boost::asio::steady_timer request_timer_;
    boost::beast::flat_buffer buffer_;
    std::optional<RequestParser> parser_;
    ContinueResponse continue_;
    BeastResponse response_;
    RouteTable& routes_;
    const HttpServerLimits limits_;
    std::shared_ptr<spdlog::logger> logger_;
    // Only touched on the session's strand.
    bool waiting_for_request_ = false;
    bool stopping_ = false;
    std::uint64_t request_number_ = 0;
    bool request_timed_out_ = false;
    // Read by the listener's thread when it looks for a connection to evict.
    std::atomic<bool> awaiting_header_{false};
};

}  // namespace host::http
