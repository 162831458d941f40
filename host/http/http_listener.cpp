#include "host/http/http_listener.hpp"

#include <chrono>
#include <utility>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/bind_handler.hpp>

#include "host/http/http_session.hpp"

namespace host::http {
namespace net = boost::asio;
namespace beast = boost::beast;
using tcp = boost::asio::ip::tcp;

namespace {

std::string describe(const tcp::endpoint& endpoint) {
    const auto address = endpoint.address().to_string();
    const auto shown = endpoint.address().is_v6() ? "[" + address + "]" : address;
    return shown + ":" + std::to_string(endpoint.port());
}

}  // namespace

HttpListener::HttpListener(net::io_context& io, RouteTable& routes, HttpServerLimits limits,
                           std::shared_ptr<spdlog::logger> logger)
    : io_(io),
      acceptor_(net::make_strand(io)),
      retry_timer_(acceptor_.get_executor()),
      routes_(routes),
      limits_(limits),
      logger_(std::move(logger)) {}

host_api::Result<std::uint16_t> HttpListener::listen(const std::string& address, std::uint16_t port) {
    beast::error_code ec;
    const auto ip = net::ip::make_address(address, ec);
    if (ec) return host_api::permanent_error("cannot listen on \"" + address + "\": not an IP address");
    {
        std::lock_guard lock(mutex_);
        if (stopping_) return host_api::permanent_error("the HTTP server is stopped");
        if (listening_) return host_api::permanent_error("the HTTP server is already listening");
        listening_ = true;
    }
    auto bound = bind(tcp::endpoint(ip, port));
    if (!bound) {
        std::lock_guard lock(mutex_);
        listening_ = false;
        return bound;
    }
    logger_->info("http server listening on {}", describe(tcp::endpoint(ip, bound.value())));
    net::dispatch(acceptor_.get_executor(), beast::bind_front_handler(&HttpListener::accept, shared_from_this()));
    return bound;
}

host_api::Result<std::uint16_t> HttpListener::bind(const tcp::endpoint& endpoint) {
    beast::error_code ec;
    const auto fail = [&](const char* step) {
        beast::error_code ignored;
        acceptor_.close(ignored);
        return host_api::permanent_error("cannot listen on " + describe(endpoint) + " (" + step + "): " + ec.message());
    };
    if (acceptor_.open(endpoint.protocol(), ec)) return fail("open");
    // Lets a restarted host bind while old connections sit in TIME_WAIT; it does not let
    // two listeners share a port on Linux, so "address in use" is still reported.
    if (acceptor_.set_option(net::socket_base::reuse_address(true), ec)) return fail("reuse_address");
    if (acceptor_.bind(endpoint, ec)) return fail("bind");
    if (acceptor_.listen(net::socket_base::max_listen_connections, ec)) return fail("listen");
    const auto local = acceptor_.local_endpoint(ec);
    if (ec) return fail("local_endpoint");
    return local.port();
}

void HttpListener::stop() {
    std::vector<std::shared_ptr<HttpSession>> open;
    {
        std::lock_guard lock(mutex_);
        if (stopping_) return;
        stopping_ = true;
        for (const auto& weak : sessions_) {
            if (auto session = weak.lock()) open.push_back(std::move(session));
        }
        sessions_.clear();
    }
    net::dispatch(acceptor_.get_executor(), [self = shared_from_this()] {
        beast::error_code ignored;
        self->acceptor_.close(ignored);
        self->retry_timer_.cancel();
    });
    for (const auto& session : open) session->stop();
}

void HttpListener::accept() {
    // Each session gets a strand of its own, so its handlers never run concurrently.
    acceptor_.async_accept(net::make_strand(io_),
                           beast::bind_front_handler(&HttpListener::on_accept, shared_from_this()));
}

void HttpListener::on_accept(beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
    if (ec) {
        // E.g. out of file descriptors: retrying at once would spin.
        logger_->warn("http accept failed: {}", ec.message());
        retry_timer_.expires_after(std::chrono::milliseconds(100));
        retry_timer_.async_wait([self = shared_from_this()](beast::error_code wait_ec) {
            if (!wait_ec) self->accept();
        });
        return;
    }
    auto session = std::make_shared<HttpSession>(std::move(socket), routes_, limits_, logger_);
    switch (admit(session)) {
        case Admission::stopping: return;  // the socket closes with the session
        case Admission::over_cap:
            logger_->warn("http connection refused with 503: {} connections open, each busy with a request",
                          limits_.max_connections);
            session->refuse_busy();
            break;
        case Admission::admitted: session->start(); break;
    }
    accept();
}

HttpListener::Admission HttpListener::admit(const std::shared_ptr<HttpSession>& session) {
    std::lock_guard lock(mutex_);
    if (stopping_) return Admission::stopping;
    std::erase_if(sessions_, [](const auto& weak) { return weak.expired(); });
    if (sessions_.size() >= limits_.max_connections && !evict_one_waiting()) return Admission::over_cap;
    sessions_.push_back(session);
    return Admission::admitted;
}

bool HttpListener::evict_one_waiting() {
    // The vector is in the order of acceptance: the first that waits is the longest open.
    for (const auto& weak : sessions_) {
        if (auto open = weak.lock(); open && open->evict()) return true;
    }
    return false;
}

}  // namespace host::http
