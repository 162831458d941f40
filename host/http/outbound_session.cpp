#include "host/http/outbound_session.hpp"

#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

namespace host::http {
namespace net = boost::asio;
namespace beast = boost::beast;
namespace beast_http = boost::beast::http;
using tcp = boost::asio::ip::tcp;

namespace {

// Shopify's GraphQL answers stay far below this; a larger one is not what we asked for.
constexpr std::uint64_t k_response_body_limit = 64 * 1024 * 1024;
// Shopify sends long Content-Security-Policy and Link headers.
constexpr std::uint32_t k_response_header_limit = 64 * 1024;
// Beast reads as much as the buffer has room for, and no less than 512 bytes: an empty
// buffer stays that small, so a file of megabytes came in reads of 512 bytes, each a round
// through the TLS stream and the parser (most of the download's time). 64 KiB is as much
// as Beast reads at once.
constexpr std::size_t k_read_buffer = 64 * 1024;

using TlsStream = beast::ssl_stream<beast::tcp_stream>;

template <class Stream>
class OutboundSession : public std::enable_shared_from_this<OutboundSession<Stream>> {
public:
    template <class... StreamArgs>
    OutboundSession(net::io_context& io, OutboundExchange&& exchange, StreamArgs&... stream_args)
        : exchange_(std::move(exchange)),
          deadline_(std::chrono::steady_clock::now() + exchange_.timeout),
          resolver_(io),
          stream_(io, stream_args...) {}

    void start() {
        if (auto prepared = prepare_tls(); !prepared) return fail(prepared.error());
        resolver_.async_resolve(exchange_.url.host, std::to_string(exchange_.url.port),
                                beast::bind_front_handler(&OutboundSession::on_resolve, this->shared_from_this()));
    }

    host_api::Result<host_api::OutboundResponse> result() && {
        if (!result_) return host_api::transient_error("outbound request to " + where() + " did not finish");
        return std::move(*result_);
    }

private:
    static constexpr bool k_tls = std::is_same_v<Stream, TlsStream>;

    // SNI for names only (RFC 6066 3: no IP literals); the certificate must name the
    // host or its IP address, checked by OpenSSL so a mismatch has a named reason.
    host_api::Result<void> prepare_tls() {
        if constexpr (k_tls) {
            SSL* ssl = stream_.native_handle();
            const std::string& host = exchange_.url.host;
            boost::system::error_code not_address;
            net::ip::make_address(host, not_address);
            const bool is_address = !not_address;
            X509_VERIFY_PARAM* param = SSL_get0_param(ssl);
            const bool configured =
                is_address ? X509_VERIFY_PARAM_set1_ip_asc(param, host.c_str()) == 1
                           : SSL_set_tlsext_host_name(ssl, host.c_str()) == 1 && SSL_set1_host(ssl, host.c_str()) == 1;
            if (!configured) return host_api::permanent_error("cannot set up TLS for " + where());
        }
        return host_api::success();
    }

    void on_resolve(beast::error_code ec, const tcp::resolver::results_type& results) {
        if (ec) return fail(host_api::transient_error("cannot resolve " + exchange_.url.host + ": " + ec.message()));
        for (const auto& entry : results) {
            if (!exchange_.loopback_only || entry.endpoint().address().is_loopback())
                endpoints_.push_back(entry.endpoint());
        }
        if (endpoints_.empty()) {
            return fail(host_api::permanent_error(exchange_.url.host + " resolves to no loopback address"));
        }
        lowest_layer().expires_at(deadline_);
        lowest_layer().async_connect(endpoints_,
                                     beast::bind_front_handler(&OutboundSession::on_connect, this->shared_from_this()));
    }

    void on_connect(beast::error_code ec, const tcp::endpoint&) {
        if (ec) return fail(network_error(ec, "connecting to"));
        if constexpr (k_tls) {
            lowest_layer().expires_at(deadline_);
            stream_.async_handshake(
                net::ssl::stream_base::client,
                beast::bind_front_handler(&OutboundSession::on_handshake, this->shared_from_this()));
        } else {
            write();
        }
    }

    void on_handshake(beast::error_code ec) {
        if (ec) return fail(handshake_error(ec));
        write();
    }

    void write() {
        lowest_layer().expires_at(deadline_);
        beast_http::async_write(stream_, exchange_.request,
                                beast::bind_front_handler(&OutboundSession::on_write, this->shared_from_this()));
    }

    void on_write(beast::error_code ec, std::size_t) {
        if (ec) return fail(network_error(ec, "sending to"));
        // The body bounds what it keeps; a body that goes to a sink is the sink's to bound.
        // Not boost::none: Boost 1.74 compares a Content-Length with it as with 0.
        parser_.body_limit(std::numeric_limits<std::uint64_t>::max());
        parser_.get().body().text_limit = k_response_body_limit;
        parser_.get().body().sink = std::move(exchange_.body_sink);
        parser_.header_limit(k_response_header_limit);
        // A response to HEAD announces a body it does not send.
        if (exchange_.request.method() == beast_http::verb::head) parser_.skip(true);
        buffer_.reserve(k_read_buffer);
        lowest_layer().expires_at(deadline_);
        beast_http::async_read(stream_, buffer_, parser_,
                               beast::bind_front_handler(&OutboundSession::on_read, this->shared_from_this()));
    }

    void on_read(beast::error_code ec, std::size_t) {
        if (ec == beast_http::error::body_limit) {
            return fail(host_api::permanent_error("response from " + where() + " is larger than " +
                                                  std::to_string(k_response_body_limit) + " bytes"));
        }
        if (parser_.get().body().sink_refused)
            return fail(host_api::transient_error("the response from " + where() + " could not be stored"));
        if (ec) return fail(network_error(ec, "reading from"));
        result_ = to_outbound_response(parser_.release());
        close();
    }

    host_api::Error network_error(const beast::error_code& ec, const char* step) const {
        if (ec == beast::error::timeout) {
            return host_api::transient_error("timed out after " + std::to_string(exchange_.timeout.count()) + " ms " +
                                             step + " " + where());
        }
        return host_api::transient_error(std::string(step) + " " + where() + " failed: " + ec.message());
    }

    host_api::Error handshake_error(const beast::error_code& ec) {
        if constexpr (k_tls) {
            const long verify = SSL_get_verify_result(stream_.native_handle());
            if (verify != X509_V_OK) {
                return host_api::transient_error(
                    "TLS handshake with " + where() +
                    " failed: certificate verification: " + X509_verify_cert_error_string(verify));
            }
        }
        if (ec == beast::error::timeout) return network_error(ec, "in the TLS handshake with");
        return host_api::transient_error("TLS handshake with " + where() + " failed: " + ec.message());
    }

    void fail(host_api::Error error) {
        result_ = std::move(error);
        close();
    }

    // No TLS close_notify exchange: the response is complete by its own framing, and the
    // request said Connection: close.
    void close() {
        beast::error_code ignored;
        lowest_layer().socket().shutdown(tcp::socket::shutdown_both, ignored);
        lowest_layer().close();
    }

    beast::tcp_stream& lowest_layer() { return beast::get_lowest_layer(stream_); }
    std::string where() const { return exchange_.url.authority(); }

    OutboundExchange exchange_;
    const std::chrono::steady_clock::time_point deadline_;
    tcp::resolver resolver_;
    Stream stream_;
    std::vector<tcp::endpoint> endpoints_;
    beast::flat_buffer buffer_;
    beast_http::response_parser<OutboundBody> parser_;
    std::optional<host_api::Result<host_api::OutboundResponse>> result_;
};

template <class Stream, class... StreamArgs>
host_api::Result<host_api::OutboundResponse> run(OutboundExchange&& exchange, StreamArgs&... stream_args) {
    net::io_context io{1};
    auto session = std::make_shared<OutboundSession<Stream>>(io, std::move(exchange), stream_args...);
    session->start();
    io.run();
    return std::move(*session).result();
}

}  // namespace

host_api::Result<host_api::OutboundResponse> run_outbound_session(OutboundExchange exchange, net::ssl::context* tls) {
    if (exchange.url.tls) {
        if (tls == nullptr) return host_api::permanent_error("https to " + exchange.url.authority() + " without TLS");
        return run<TlsStream>(std::move(exchange), *tls);
    }
    return run<beast::tcp_stream>(std::move(exchange));
}

}  // namespace host::http
