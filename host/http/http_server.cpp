#include "host/http/http_server.hpp"

#include <utility>

#include "host/http/http_listener.hpp"

namespace host::http {

HttpServer::HttpServer(boost::asio::io_context& io, RouteTable& routes, std::shared_ptr<spdlog::logger> logger,
                       HttpServerLimits limits)
    : listener_(std::make_shared<HttpListener>(io, routes, limits, std::move(logger))) {}

HttpServer::~HttpServer() { stop(); }

host_api::Result<std::uint16_t> HttpServer::listen(const std::string& address, std::uint16_t port) {
    return listener_->listen(address, port);
}

void HttpServer::stop() { listener_->stop(); }

}  // namespace host::http
