#include "tests/bench/webhook_load.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>

#include "tests/sim/shopify/webhook_signature.hpp"

namespace bench {
namespace {

namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;
using Clock = std::chrono::steady_clock;

struct SignedBody {
    std::string body;
    std::string hmac;
};

struct Shared {
    explicit Shared(const WebhookLoad& settings) : load(settings) {}

    const WebhookLoad& load;
    std::vector<SignedBody> bodies;
    Clock::time_point measure_from;
    Clock::time_point stop_at;
    std::mutex mutex;
    std::vector<double> latencies_ms;  // of the measured 200s
    std::uint64_t answered_200 = 0;
    std::uint64_t other = 0;
};

http::request<http::string_body> delivery(const Shared& shared, const SignedBody& body, const std::string& id) {
    http::request<http::string_body> request{http::verb::post, shared.load.target, 11};
    request.set(http::field::host, "127.0.0.1");
    request.set(http::field::content_type, "application/json");
    request.set("X-Shopify-Topic", "orders/updated");
    request.set("X-Shopify-Shop-Domain", shared.load.shop_domain);
    request.set("X-Shopify-Hmac-Sha256", body.hmac);
    request.set("X-Shopify-Webhook-Id", id);
    request.set("X-Shopify-Event-Id", id);
    request.set("X-Shopify-API-Version", "2024-10");
    request.set("X-Shopify-Triggered-At", "2026-12-01T10:00:00Z");
    request.keep_alive(true);
    request.body() = body.body;
    request.prepare_payload();
    return request;
}

// One connection's sender; reconnects when the server closes.
void send_until_stop(Shared& shared, int connection) {
    boost::asio::io_context io;
    std::vector<double> latencies;
    std::uint64_t ok = 0;
    std::uint64_t other = 0;
    std::uint64_t sent = 0;
    const tcp::endpoint endpoint(boost::asio::ip::make_address("127.0.0.1"), shared.load.port);
    while (Clock::now() < shared.stop_at) {
        beast::tcp_stream stream(io);
        beast::error_code ec;
        stream.socket().connect(endpoint, ec);
        if (ec) {
            ++other;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            continue;
        }
        beast::flat_buffer buffer;
        while (Clock::now() < shared.stop_at) {
            const auto& body = shared.bodies[(connection * 7919 + sent) % shared.bodies.size()];
            const auto id = shared.load.id_prefix + "-" + std::to_string(connection) + "-" + std::to_string(sent++);
            auto request = delivery(shared, body, id);
            const auto start = Clock::now();
            http::write(stream, request, ec);
            http::response<http::string_body> response;
            if (!ec) http::read(stream, buffer, response, ec);
            const auto end = Clock::now();
            const bool counted = start >= shared.measure_from && end <= shared.stop_at;
            if (ec) {
                if (counted) ++other;
                break;
            }
            if (!counted) continue;
            if (response.result_int() == 200) {
                ++ok;
                latencies.push_back(std::chrono::duration<double, std::milli>(end - start).count());
            } else {
                ++other;
            }
            if (!response.keep_alive()) break;
        }
    }
    std::lock_guard lock(shared.mutex);
    shared.latencies_ms.insert(shared.latencies_ms.end(), latencies.begin(), latencies.end());
    shared.answered_200 += ok;
    shared.other += other;
}

double percentile(std::vector<double>& values, double p) {
    if (values.empty()) return 0;
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(index), values.end());
    return values[index];
}

}  // namespace

LoadFigures run_webhook_load(const WebhookLoad& load) {
    Shared shared(load);
    for (const auto& body : load.bodies) shared.bodies.push_back({body, sim::shopify::webhook_hmac(load.client_secret, body)});
    shared.measure_from = Clock::now() + load.warm_up;
    shared.stop_at = shared.measure_from + load.measured;
    std::vector<std::thread> senders;
    for (int c = 0; c < load.connections; ++c) senders.emplace_back([&shared, c] { send_until_stop(shared, c); });
    for (auto& sender : senders) sender.join();
    LoadFigures figures;
    figures.answered_200 = shared.answered_200;
    figures.other_answers = shared.other;
    figures.seconds = std::chrono::duration<double>(load.measured).count();
    figures.p50_ms = percentile(shared.latencies_ms, 0.50);
    figures.p99_ms = percentile(shared.latencies_ms, 0.99);
    return figures;
}

}  // namespace bench
