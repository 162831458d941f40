#include "host/http/http_session.hpp"

#include <chrono>
#include <exception>
#include <utility>

#include <boost/asio/dispatch.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

#include "host/http/json_error.hpp"

namespace host::http {
namespace net = boost::asio;
namespace beast = boost::beast;
namespace beast_http = boost::beast::http;
using tcp = boost::asio::ip::tcp;

namespace {

BeastResponse refusal(int status, const std::string& message) {
    return to_beast_response(json_error_response(status, message), 11, false);
}

// What one read takes while waiting for a request; the header parser asks for more.
constexpr std::size_t k_first_read = 4096;

// A malformed request (as opposed to a client that went away) deserves a 400.
bool is_malformed(const beast::error_code& ec) {
    static const auto& http_category = beast_http::make_error_code(beast_http::error::bad_method).category();
    return ec.category() == http_category && ec != beast_http::error::end_of_stream &&
           ec != beast_http::error::partial_message;
}

}  // namespace

HttpSession::HttpSession(tcp::socket&& socket, RouteTable& routes, const HttpServerLimits& limits,
                         std::shared_ptr<spdlog::logger> logger)
    : stream_(std::move(socket)),
      request_timer_(stream_.get_executor()),
      routes_(routes),
      limits_(limits),
      logger_(std::move(logger)) {}

void HttpSession::start() {
    net::dispatch(stream_.get_executor(), beast::bind_front_handler(&HttpSession::read_request, shared_from_this()));
}

void HttpSession::stop() {
    net::dispatch(stream_.get_executor(), beast::bind_front_handler(&HttpSession::stop_if_idle, shared_from_this()));
}

bool HttpSession::evict() {
    if (!awaiting_header_.exchange(false)) return false;
    net::dispatch(stream_.get_executor(),
                  beast::bind_front_handler(&HttpSession::close_if_awaiting_header, shared_from_this()));
    return true;
}

void HttpSession::close_if_awaiting_header() {
    if (!waiting_for_request_ || (parser_ && parser_->is_header_done())) return;
    logger_->debug("http connection closed to make room for a new one");
    close();
}

void HttpSession::refuse_busy() {
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] {
        self->write(refusal(503, "the server is busy: too many open connections"));
    });
}

void HttpSession::stop_if_idle() {
    stopping_ = true;
    // Once a request's first byte has arrived it is in flight: it gets its answer (or
    // runs into the request timeout), and the connection closes after that.
    if (waiting_for_request_ && buffer_.size() == 0 && !parser_->got_some()) close();
}

void HttpSession::read_request() {
    if (stopping_) return close();
    parser_.emplace();
    parser_->body_limit(limits_.body_limit);
    parser_->header_limit(static_cast<std::uint32_t>(limits_.header_limit));
    waiting_for_request_ = true;
    awaiting_header_ = true;
    // A pipelined request is already here; otherwise wait (idle) for its first byte.
    if (buffer_.size() > 0) return read_header();
    stream_.expires_after(limits_.idle_timeout);
    stream_.async_read_some(buffer_.prepare(k_first_read),
                            beast::bind_front_handler(&HttpSession::on_first_bytes, shared_from_this()));
}

void HttpSession::on_first_bytes(beast::error_code ec, std::size_t bytes) {
    if (ec) return on_read_error(ec);
    buffer_.commit(bytes);
    read_header();
}

void HttpSession::read_header() {
    request_timed_out_ = false;
    stream_.expires_never();
    request_timer_.expires_after(limits_.request_timeout);
    request_timer_.async_wait(
        beast::bind_front_handler(&HttpSession::on_request_timeout, shared_from_this(), ++request_number_));
    beast_http::async_read_header(stream_, buffer_, *parser_,
                                  beast::bind_front_handler(&HttpSession::on_header, shared_from_this()));
}

void HttpSession::on_request_timeout(std::uint64_t request, beast::error_code ec) {
    // A cancelled timer, or one whose request was read meanwhile.
    if (ec || request != request_number_ || !waiting_for_request_) return;
    request_timed_out_ = true;
    beast::error_code ignored;
    stream_.socket().cancel(ignored);
}

void HttpSession::on_header(beast::error_code ec, std::size_t) {
    awaiting_header_ = false;
    if (ec) return on_read_error(ec);
    const auto& request = parser_->get();
    if (!beast::iequals(request[beast_http::field::expect], "100-continue")) return read_body();

    // curl waits for "100 Continue" before it sends a large body (RFC 9110 10.1.1).
    continue_ = ContinueResponse(beast_http::status::continue_, request.version());
    stream_.expires_after(limits_.write_timeout);
    beast_http::async_write(stream_, continue_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
        if (ec) return self->close();
        self->read_body();
    });
}

void HttpSession::read_body() {
    // The request timer, started at the header, still bounds the body.
    stream_.expires_never();
    beast_http::async_read(stream_, buffer_, *parser_,
                           beast::bind_front_handler(&HttpSession::on_body, shared_from_this()));
}

void HttpSession::on_body(beast::error_code ec, std::size_t) {
    request_timer_.cancel();
    if (ec) return on_read_error(ec);
    answer();
}

void HttpSession::on_read_error(beast::error_code ec) {
    waiting_for_request_ = false;
    awaiting_header_ = false;
    request_timer_.cancel();
    if (request_timed_out_) {
        logger_->info("http request not received within {} ms: refused with 408",
                      std::chrono::duration_cast<std::chrono::milliseconds>(limits_.request_timeout).count());
        return write(refusal(408, "request not received in time"));
    }
    if (ec == beast_http::error::body_limit) return write(refusal(413, "request body too large"));
    if (ec == beast_http::error::header_limit) return write(refusal(431, "request header too large"));
    if (is_malformed(ec)) return write(refusal(400, "bad request"));
    // The client left, sent nothing within the idle timeout, or stop() or an eviction closed
    // an idle connection.
    logger_->debug("http connection closed: {}", ec.message());
    close();
}

void HttpSession::answer() {
    waiting_for_request_ = false;
    BeastRequest request = parser_->release();
    const unsigned version = request.version();
    const bool keep_alive = request.keep_alive() && !stopping_;
    const host_api::HttpRequest host_request = to_host_request(std::move(request));
    // The path only: a query may carry signatures or codes.
    std::string described =
        logger_->should_log(spdlog::level::debug) ? host_request.method + " " + host_request.path : "";
    auto deliver = [self = shared_from_this(), version, keep_alive,
                    described = std::move(described)](host_api::HttpResponse response) mutable {
        // Inline when the handler answered at once (this is the session's strand); queued
        // to the strand when it answers later from another thread.
        net::dispatch(self->stream_.get_executor(), [self, version, keep_alive, described = std::move(described),
                                                     response = std::move(response)]() mutable {
            self->logger_->debug("http {} -> {}", described, response.status);
            self->write(to_beast_response(std::move(response), version, keep_alive));
        });
    };
    try {
        routes_.dispatch(host_request, std::move(deliver));
    } catch (const std::exception& e) {
        // Only the table's own bookkeeping can throw here (out of memory); the request was
        // not handed on, so it is answered now.
        logger_->error("http {} {} failed: {}", host_request.method, host_request.path, e.what());
        write(to_beast_response(json_error_response(500, "internal error"), version, keep_alive));
    }
}

void HttpSession::write(BeastResponse&& response) {
    response_ = std::move(response);
    stream_.expires_after(limits_.write_timeout);
    beast_http::async_write(
        stream_, response_,
        beast::bind_front_handler(&HttpSession::on_write, shared_from_this(), response_.need_eof()));
}

void HttpSession::on_write(bool close_after, beast::error_code ec, std::size_t) {
    if (ec || close_after) return close();
    read_request();
}

void HttpSession::close() {
    waiting_for_request_ = false;
    awaiting_header_ = false;
    request_timer_.cancel();
    beast::error_code ignored;
    // FIN after what was written, then close, which also cancels a pending read.
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.close();
}

}  // namespace host::http
