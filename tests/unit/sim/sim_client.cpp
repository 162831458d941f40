#include "tests/unit/sim/sim_client.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

namespace sim_test {
namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace beast_http = boost::beast::http;
using tcp = boost::asio::ip::tcp;

rapidjson::Document ClientResponse::json() const {
    rapidjson::Document document;
    document.Parse(body.c_str(), body.size());
    return document;
}

ClientResponse https_request(const std::string& ca_pem, std::uint16_t port, const ClientRequest& request,
                             std::chrono::seconds timeout) {
    ClientResponse out;
    net::io_context io;
    ssl::context tls(ssl::context::tls_client);
    tls.add_certificate_authority(net::buffer(ca_pem));
    tls.set_verify_mode(ssl::verify_peer);
    tls.set_verify_callback(ssl::host_name_verification(request.host));
    beast::ssl_stream<beast::tcp_stream> stream(io, tls);
    if (request.host != "127.0.0.1" && request.host != "::1")
        SSL_set_tlsext_host_name(stream.native_handle(), request.host.c_str());

    beast::error_code ec;
    // Runs one asynchronous step to its end; the stream's timeout bounds every step.
    const auto step = [&](auto initiate) {
        ec = {};
        initiate([&](beast::error_code result, auto&&...) { ec = result; });
        io.restart();
        io.run();
        return !ec;
    };
    const tcp::endpoint endpoint(net::ip::make_address(request.host == "localhost" ? "127.0.0.1" : request.host), port);
    auto& socket = beast::get_lowest_layer(stream);
    socket.expires_after(timeout);
    if (!step([&](auto handler) { socket.async_connect(endpoint, handler); })) {
        out.error = "connect: " + ec.message();
        return out;
    }
    if (!step([&](auto handler) { stream.async_handshake(ssl::stream_base::client, handler); })) {
        out.error = "TLS handshake: " + ec.message();
        return out;
    }
    beast_http::request<beast_http::string_body> message(beast_http::string_to_verb(request.method), request.target,
                                                         11);
    message.set(beast_http::field::host, request.host + ":" + std::to_string(port));
    for (const auto& [name, value] : request.headers) message.set(name, value);
    message.body() = request.body;
    message.prepare_payload();
    if (!step([&](auto handler) { beast_http::async_write(stream, message, handler); })) {
        out.error = "write: " + ec.message();
        return out;
    }
    beast::flat_buffer buffer;
    beast_http::response<beast_http::string_body> response;
    // Skips interim answers ("100 Continue") to the final one.
    do {
        response = {};
        if (!step([&](auto handler) { beast_http::async_read(stream, buffer, response, handler); })) {
            out.error = "read: " + ec.message();
            return out;
        }
        if (response.result_int() < 200) out.interim_status = static_cast<int>(response.result_int());
    } while (response.result_int() >= 100 && response.result_int() < 200);
    out.answered = true;
    out.status = static_cast<int>(response.result_int());
    for (const auto& field : response)
        out.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    out.body = std::move(response.body());
    beast::error_code ignored;
    socket.socket().shutdown(tcp::socket::shutdown_both, ignored);
    return out;
}

}  // namespace sim_test
