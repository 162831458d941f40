#include "tests/support/tls_test_server.hpp"

#include <atomic>
#include <thread>
#include <utility>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

namespace test_support {
namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace beast_http = boost::beast::http;
using tcp = boost::asio::ip::tcp;

namespace {

using Request = beast_http::request<beast_http::string_body>;
using Response = beast_http::response<beast_http::string_body>;

host_api::HttpRequest to_host_request(Request& request) {
    host_api::HttpRequest result;
    result.method = std::string(request.method_string());
    const std::string target(request.target());
    const auto question = target.find('?');
    result.path = target.substr(0, question);
    if (question != std::string::npos) result.query = target.substr(question + 1);
    for (const auto& field : request) {
        result.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    }
    result.body = std::move(request.body());
    return result;
}

Response to_beast_response(host_api::HttpResponse&& response, unsigned version, bool keep_alive) {
    Response result(static_cast<beast_http::status>(response.status), version);
    if (!response.content_type.empty()) result.set(beast_http::field::content_type, response.content_type);
    for (const auto& [name, value] : response.headers) result.insert(name, value);
    result.body() = std::move(response.body);
    result.keep_alive(keep_alive);
    result.prepare_payload();
    return result;
}

class TlsSession : public std::enable_shared_from_this<TlsSession> {
public:
    TlsSession(tcp::socket&& socket, ssl::context& context, const TlsTestServer::Handler& handler,
               std::atomic<int>& requests)
        : stream_(std::move(socket), context), handler_(handler), requests_(requests) {}

    void start() {
        stream_.async_handshake(ssl::stream_base::server,
                                beast::bind_front_handler(&TlsSession::on_handshake, shared_from_this()));
    }

private:
    void on_handshake(beast::error_code ec) {
        if (!ec) read();
    }

    void read() {
        request_ = {};
        beast_http::async_read(stream_, buffer_, request_,
                               beast::bind_front_handler(&TlsSession::on_read, shared_from_this()));
    }

    void on_read(beast::error_code ec, std::size_t) {
        if (ec) return;
        const bool keep_alive = request_.keep_alive();
        const unsigned version = request_.version();
        response_ = to_beast_response(handler_(to_host_request(request_)), version, keep_alive);
        ++requests_;
        beast_http::async_write(stream_, response_,
                                beast::bind_front_handler(&TlsSession::on_write, shared_from_this(), !keep_alive));
    }

    void on_write(bool close, beast::error_code ec, std::size_t) {
        if (ec) return;
        if (!close) return read();
        stream_.async_shutdown([self = shared_from_this()](beast::error_code) {});
    }

    ssl::stream<tcp::socket> stream_;
    beast::flat_buffer buffer_;
    Request request_;
    Response response_;
    const TlsTestServer::Handler& handler_;
    std::atomic<int>& requests_;
};

}  // namespace

struct TlsTestServer::Running {
    Running(const TestCertificate& certificate, Handler handler_in, const std::string& address)
        : context(ssl::context::tls_server), handler(std::move(handler_in)), acceptor(io), address(address) {
        context.use_certificate_chain(net::buffer(certificate.cert_pem));
        context.use_private_key(net::buffer(certificate.key_pem), ssl::context::pem);
        const tcp::endpoint endpoint(net::ip::make_address(address), 0);
        acceptor.open(endpoint.protocol());
        acceptor.bind(endpoint);
        acceptor.listen();
        port = acceptor.local_endpoint().port();
        accept();
        thread = std::thread([this] { io.run(); });
    }

    ~Running() {
        io.stop();
        thread.join();
    }

    void accept() {
        acceptor.async_accept([this](beast::error_code ec, tcp::socket socket) {
            if (ec) return;
            ++connections;
            std::make_shared<TlsSession>(std::move(socket), context, handler, requests)->start();
            accept();
        });
    }

    ssl::context context;  // before io: sessions still pending when io is destroyed use it
    Handler handler;
    std::atomic<int> connections{0};
    std::atomic<int> requests{0};
    net::io_context io;
    tcp::acceptor acceptor;
    std::string address;
    std::uint16_t port = 0;
    std::thread thread;
};

TlsTestServer::TlsTestServer(const TestCertificate& certificate, Handler handler, const std::string& address)
    : running_(std::make_unique<Running>(certificate, std::move(handler), address)) {}

TlsTestServer::~TlsTestServer() = default;

std::uint16_t TlsTestServer::port() const { return running_->port; }

std::string TlsTestServer::url(std::string_view target) const {
    return "https://" + running_->address + ":" + std::to_string(port()) + std::string(target);
}

int TlsTestServer::connections() const { return running_->connections; }

int TlsTestServer::requests() const { return running_->requests; }

}  // namespace test_support
