#pragma once
// The accept loop of the HTTP server, and the set of open sessions that stop() closes.
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <spdlog/spdlog.h>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/error.hpp>

#include "host/http/http_server_limits.hpp"
#include "host/http/route_table.hpp"
#include "host_api/result.hpp"

namespace host::http {

class HttpSession;

class HttpListener : public std::enable_shared_from_this<HttpListener> {
public:
    HttpListener(boost::asio::io_context& io, RouteTable& routes, HttpServerLimits limits,
                 std::shared_ptr<spdlog::logger> logger);

    // Binds and starts accepting; returns the bound port.
    host_api::Result<std::uint16_t> listen(const std::string& address, std::uint16_t port);
    // Stops accepting and asks every open session to finish. Safe from any thread.
    void stop();

private:
    host_api::Result<std::uint16_t> bind(const boost::asio::ip::tcp::endpoint& endpoint);
    void accept();
    void on_accept(boost::beast::error_code ec, boost::asio::ip::tcp::socket socket);
    enum class Admission { admitted, over_cap, stopping };
    Admission admit(const std::shared_ptr<HttpSession>& session);
    bool evict_one_waiting();  // with mutex_ held

    boost::asio::io_context& io_;
    boost::asio::ip::tcp::acceptor acceptor_;  // on a strand, with retry_timer_
    boost::asio::steady_timer retry_timer_;
    RouteTable& routes_;
    const HttpServerLimits limits_;
    std::shared_ptr<spdlog::logger> logger_;

    std::mutex mutex_;  // guards what follows
    bool listening_ = false;
    bool stopping_ = false;
    std::vector<std::weak_ptr<HttpSession>> sessions_;
};

}  // namespace host::http
