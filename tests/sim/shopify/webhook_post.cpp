#include "tests/sim/shopify/webhook_post.hpp"

#include <memory>
#include <type_traits>

#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

namespace sim::shopify {
namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace beast_http = boost::beast::http;
using tcp = boost::asio::ip::tcp;

namespace {

using Request = beast_http::request<beast_http::string_body>;
using TlsStream = beast::ssl_stream<beast::tcp_stream>;

Request webhook_request(const WebhookDelivery& delivery, const WebhookUrl& url) {
    Request request(beast_http::verb::post, url.target, 11);
    request.set(beast_http::field::host, url.host_header());
    request.set(beast_http::field::user_agent, "Shopify-Captain-Hook");
    request.set(beast_http::field::content_type, "application/json");
    request.set("X-Shopify-Topic", delivery.topic);
    request.set("X-Shopify-Hmac-Sha256", delivery.hmac);
    request.set("X-Shopify-Shop-Domain", delivery.shop_domain);
    request.set("X-Shopify-API-Version", delivery.api_version);
    request.set("X-Shopify-Webhook-Id", delivery.webhook_id);
    request.set("X-Shopify-Event-Id", delivery.event_id);
    request.set("X-Shopify-Triggered-At", delivery.triggered_at);
    request.body() = delivery.body;
    request.keep_alive(false);
    request.prepare_payload();
    return request;
}

template <class Stream>
class WebhookPost : public std::enable_shared_from_this<WebhookPost<Stream>> {
public:
    static constexpr bool k_tls = std::is_same_v<Stream, TlsStream>;

    WebhookPost(Stream&& stream, net::io_context& io, Request request, WebhookUrl url,
                std::chrono::milliseconds timeout, PostDone done)
        : stream_(std::move(stream)),
          resolver_(io),
          request_(std::move(request)),
          url_(std::move(url)),
          timeout_(timeout),
          done_(std::move(done)) {}

    void start() {
        resolver_.async_resolve(url_.host, url_.port,
                                beast::bind_front_handler(&WebhookPost::on_resolve, this->shared_from_this()));
    }

private:
    beast::tcp_stream& lowest() { return beast::get_lowest_layer(stream_); }

    void on_resolve(beast::error_code ec, tcp::resolver::results_type endpoints) {
        if (ec) return finish({0, "resolve: " + ec.message()});
        lowest().expires_after(timeout_);
        lowest().async_connect(endpoints,
                               beast::bind_front_handler(&WebhookPost::on_connect, this->shared_from_this()));
    }

    void on_connect(beast::error_code ec, const tcp::endpoint&) {
        if (ec) return finish({0, "connect: " + ec.message()});
        if constexpr (k_tls) {
            beast::error_code ignored;
            net::ip::make_address(url_.host, ignored);
            // SNI for names only (RFC 6066 forbids IP literals).
            if (ignored) SSL_set_tlsext_host_name(stream_.native_handle(), url_.host.c_str());
            stream_.async_handshake(ssl::stream_base::client,
                                    beast::bind_front_handler(&WebhookPost::on_handshake, this->shared_from_this()));
        } else {
            send();
        }
    }

    void on_handshake(beast::error_code ec) {
        if (ec) return finish({0, "TLS handshake: " + ec.message()});
        send();
    }

    void send() {
        lowest().expires_after(timeout_);
        beast_http::async_write(stream_, request_,
                                beast::bind_front_handler(&WebhookPost::on_write, this->shared_from_this()));
    }

    void on_write(beast::error_code ec, std::size_t) {
        if (ec) return finish({0, "write: " + ec.message()});
        beast_http::async_read(stream_, buffer_, response_,
                               beast::bind_front_handler(&WebhookPost::on_read, this->shared_from_this()));
    }

    void on_read(beast::error_code ec, std::size_t) {
        if (ec) return finish({0, "read: " + ec.message()});
        finish({static_cast<int>(response_.result_int()), ""});
    }

    void finish(PostOutcome outcome) {
        beast::error_code ignored;
        lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
        lowest().close();
        if (done_) std::exchange(done_, nullptr)(std::move(outcome));
    }

    Stream stream_;
    tcp::resolver resolver_;
    Request request_;
    WebhookUrl url_;
    std::chrono::milliseconds timeout_;
    PostDone done_;
    beast::flat_buffer buffer_;
    beast_http::response<beast_http::string_body> response_;
};

}  // namespace

void start_webhook_post(net::io_context& io, ssl::context& tls, const WebhookDelivery& delivery, const WebhookUrl& url,
                        std::chrono::milliseconds timeout, PostDone done) {
    auto request = webhook_request(delivery, url);
    if (url.tls) {
        std::make_shared<WebhookPost<TlsStream>>(TlsStream(io, tls), io, std::move(request), url, timeout,
                                                 std::move(done))
            ->start();
    } else {
        std::make_shared<WebhookPost<beast::tcp_stream>>(beast::tcp_stream(io), io, std::move(request), url, timeout,
                                                         std::move(done))
            ->start();
    }
}

}  // namespace sim::shopify
