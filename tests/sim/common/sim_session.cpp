#include "tests/sim/common/sim_session.hpp"

#include <chrono>
#include <exception>

#include <spdlog/spdlog.h>
#include <boost/asio/dispatch.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

namespace sim::common {
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace beast_http = boost::beast::http;
using tcp = boost::asio::ip::tcp;

namespace {

constexpr std::chrono::seconds k_timeout{30};  // also how long an idle connection stays

host_api::HttpRequest to_request(beast_http::request<beast_http::string_body>&& request) {
    host_api::HttpRequest out;
    out.method = std::string(request.method_string());
    const std::string target(request.target());
    const auto question = target.find('?');
    out.path = target.substr(0, question);
    if (question != std::string::npos) out.query = target.substr(question + 1);
    for (const auto& field : request)
        out.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    out.body = std::move(request.body());
    return out;
}

}  // namespace

SimSession::SimSession(tcp::socket&& socket, ssl::context& tls, const ServerSettings& settings)
    : stream_(std::move(socket), tls), settings_(settings) {}

void SimSession::start() {
    boost::asio::dispatch(stream_.get_executor(), [self = shared_from_this()] {
        beast::get_lowest_layer(self->stream_).expires_after(k_timeout);
        self->stream_.async_handshake(ssl::stream_base::server,
                                      beast::bind_front_handler(&SimSession::on_handshake, self));
    });
}

void SimSession::on_handshake(beast::error_code ec) {
    if (ec) {
        spdlog::debug("{} TLS handshake failed: {}", settings_.name, ec.message());
        return drop();
    }
    read_request();
}

void SimSession::read_request() {
    parser_.emplace();
    parser_->body_limit(settings_.body_limit);
    beast::get_lowest_layer(stream_).expires_after(k_timeout);
    beast_http::async_read_header(stream_, buffer_, *parser_,
                                  beast::bind_front_handler(&SimSession::on_header, shared_from_this()));
}

void SimSession::on_header(beast::error_code ec, std::size_t bytes) {
    if (ec) return on_read(ec, bytes);
    const auto& request = parser_->get();
    if (!beast::iequals(request[beast_http::field::expect], "100-continue")) return read_body();
    // curl waits a second for "100 Continue" before sending a body over 1 KB (RFC 9110 10.1.1).
    continue_ = {beast_http::status::continue_, request.version()};
    beast_http::async_write(stream_, continue_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
        if (ec) return self->drop();
        self->read_body();
    });
}

void SimSession::read_body() {
    beast::get_lowest_layer(stream_).expires_after(k_timeout);
    beast_http::async_read(stream_, buffer_, *parser_,
                           beast::bind_front_handler(&SimSession::on_read, shared_from_this()));
}

void SimSession::on_read(beast::error_code ec, std::size_t) {
    if (ec == beast_http::error::end_of_stream) return shut_down();
    if (ec) return drop();  // the client left, stalled, or sent no HTTP
    answer();
}

void SimSession::answer() {
    auto message = parser_->release();
    const unsigned version = message.version();
    const bool keep_alive = message.keep_alive();
    auto reply = reply_to(to_request(std::move(message)));
    if (reply.drop_connection) return drop();

    response_ = Response(static_cast<beast_http::status>(reply.response.status), version);
    if (!reply.response.content_type.empty())
        response_.set(beast_http::field::content_type, reply.response.content_type);
    for (const auto& [name, value] : reply.response.headers) response_.insert(name, value);
    response_.body() = std::move(reply.response.body);
    response_.keep_alive(keep_alive);
    response_.prepare_payload();
    beast::get_lowest_layer(stream_).expires_after(k_timeout);
    beast_http::async_write(stream_, response_,
                            beast::bind_front_handler(&SimSession::on_write, shared_from_this(), !keep_alive));
}

SimReply SimSession::reply_to(const host_api::HttpRequest& request) const {
    SimReply reply;
    try {
        reply = settings_.handler(request);
    } catch (const std::exception& e) {
        spdlog::error("{} {} {} failed: {}", settings_.name, request.method, request.path, e.what());
        reply = settings_.errors.internal_error;
    }
    // The path only: headers carry access tokens, and a Nova Poshta body its API key.
    spdlog::debug("{} {} {} -> {}", settings_.name, request.method, request.path,
                  reply.drop_connection ? std::string("dropped") : std::to_string(reply.response.status));
    return reply;
}

void SimSession::on_write(bool close, beast::error_code ec, std::size_t) {
    if (ec) return drop();
    if (close) return shut_down();
    read_request();
}

void SimSession::shut_down() {
    beast::get_lowest_layer(stream_).expires_after(std::chrono::seconds(5));
    stream_.async_shutdown([self = shared_from_this()](beast::error_code) { self->drop(); });
}

void SimSession::drop() {
    beast::error_code ignored;
    auto& socket = beast::get_lowest_layer(stream_).socket();
    socket.shutdown(tcp::socket::shutdown_both, ignored);
    socket.close(ignored);
}

}  // namespace sim::common
