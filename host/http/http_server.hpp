#pragma once
// The host's HTTP/1.1 server: webhooks, the JSON API and pages arrive here and go to the
// routes of the RouteTable. Handlers run on the threads that run the io_context.
#include <cstdint>
#include <memory>
#include <string>

#include <spdlog/spdlog.h>

#include "host/http/http_server_limits.hpp"
#include "host/http/route_table.hpp"
#include "host_api/result.hpp"

namespace boost::asio {
class io_context;
}

namespace host::http {

class HttpListener;

class HttpServer {
public:
    // `routes` and `logger` must outlive the io_context's last run().
    HttpServer(boost::asio::io_context& io, RouteTable& routes, std::shared_ptr<spdlog::logger> logger,
               HttpServerLimits limits = {});
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Port 0 lets the kernel choose; the bound port is returned. Once per server.
    host_api::Result<std::uint16_t> listen(const std::string& address, std::uint16_t port);

    // Graceful: no new connections; requests in flight are answered, idle keep-alive
    // connections close, and io_context::run() returns once the last answer is written.
    void stop();

private:
    std::shared_ptr<HttpListener> listener_;
};

}  // namespace host::http
