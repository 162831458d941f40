#include "tests/unit/sim/webhook_receiver.hpp"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace sim_test {
namespace net = boost::asio;
namespace beast = boost::beast;
namespace beast_http = boost::beast::http;
using tcp = boost::asio::ip::tcp;

struct WebhookReceiver::Running {
    explicit Running(std::vector<int> statuses_in)
        : statuses(statuses_in.begin(), statuses_in.end()),
          acceptor(io, tcp::endpoint(net::ip::make_address("127.0.0.1"), 0)) {
        accept();
        thread = std::thread([this] { io.run(); });
    }

    ~Running() {
        io.stop();
        thread.join();
    }

    class Session : public std::enable_shared_from_this<Session> {
    public:
        Session(tcp::socket&& socket, Running& running) : stream_(std::move(socket)), running_(running) {}

        void start() {
            stream_.expires_after(std::chrono::seconds(10));
            beast_http::async_read(stream_, buffer_, request_,
                                   beast::bind_front_handler(&Session::on_read, shared_from_this()));
        }

    private:
        void on_read(beast::error_code ec, std::size_t) {
            if (ec) return;
            host_api::HttpRequest recorded;
            recorded.method = std::string(request_.method_string());
            recorded.path = std::string(request_.target());
            for (const auto& field : request_)
                recorded.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
            recorded.body = request_.body();
            const int status = running_.record(std::move(recorded));
            response_ = beast_http::response<beast_http::string_body>(static_cast<beast_http::status>(status), 11);
            response_.body() = status < 300 ? "ok" : "failed";
            response_.keep_alive(false);
            response_.prepare_payload();
            beast_http::async_write(stream_, response_, [self = shared_from_this()](beast::error_code, std::size_t) {
                beast::error_code ignored;
                self->stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
            });
        }

        beast::tcp_stream stream_;
        Running& running_;
        beast::flat_buffer buffer_;
        beast_http::request<beast_http::string_body> request_;
        beast_http::response<beast_http::string_body> response_;
    };

    void accept() {
        acceptor.async_accept([this](beast::error_code ec, tcp::socket socket) {
            if (ec) return;
            std::make_shared<Session>(std::move(socket), *this)->start();
            accept();
        });
    }

    int record(host_api::HttpRequest request) {
        std::lock_guard lock(mutex);
        requests.push_back(std::move(request));
        int status = 200;
        if (!statuses.empty()) {
            status = statuses.front();
            statuses.pop_front();
        }
        changed.notify_all();
        return status;
    }

    mutable std::mutex mutex;
    mutable std::condition_variable changed;
    std::vector<host_api::HttpRequest> requests;
    std::deque<int> statuses;
    net::io_context io;
    tcp::acceptor acceptor;
    std::thread thread;
};

WebhookReceiver::WebhookReceiver(std::vector<int> statuses)
    : running_(std::make_unique<Running>(std::move(statuses))) {}

WebhookReceiver::~WebhookReceiver() = default;

std::uint16_t WebhookReceiver::port() const { return running_->acceptor.local_endpoint().port(); }

std::string WebhookReceiver::url() const { return "http://127.0.0.1:" + std::to_string(port()) + "/webhooks"; }

std::vector<host_api::HttpRequest> WebhookReceiver::wait_for(std::size_t count, std::chrono::seconds timeout) const {
    std::unique_lock lock(running_->mutex);
    running_->changed.wait_for(lock, timeout, [&] { return running_->requests.size() >= count; });
    return running_->requests;
}

std::vector<host_api::HttpRequest> WebhookReceiver::received() const {
    std::lock_guard lock(running_->mutex);
    return running_->requests;
}

}  // namespace sim_test
