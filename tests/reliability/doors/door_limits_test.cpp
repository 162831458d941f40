// Bad input at every door of the host, the long runs: clients that trickle a
// request a byte a second, a thousand connections that never send, and a stream of
// malformed, unsigned, oversize and wrongly typed requests at the webhook endpoint, the
// JSON API and the pages. Each is refused with a status and a JSON error, the host keeps
// answering others meanwhile, and writes nothing. Each case prints its figures.
#include <algorithm>
#include <chrono>
#include <future>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "host/http/http_server_limits.hpp"
#include "tests/integration/import_harness.hpp"
#include "tests/integration/signed_in_browser.hpp"
#include "tests/integration/written_state.hpp"
#include "tests/sim/shopify/webhook_signature.hpp"
#include "tests/support/slow_client.hpp"

using test_support::ImportHarness;
using test_support::RawAnswer;
using test_support::written_state;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

const host::http::HttpServerLimits k_limits{};

struct Latencies {
    std::vector<double> ms;

    void add(Clock::duration taken) { ms.push_back(std::chrono::duration<double, std::milli>(taken).count()); }
    double at(double fraction) {
        if (ms.empty()) return 0;
        std::sort(ms.begin(), ms.end());
        return ms[std::min(ms.size() - 1, static_cast<std::size_t>(fraction * static_cast<double>(ms.size())))];
    }
    std::string summary() {
        return "p50 " + std::to_string(at(0.5)) + " ms, p99 " + std::to_string(at(0.99)) + " ms, max " +
               std::to_string(at(1.0)) + " ms";
    }
};

// One health check from a fresh connection: answered 200, and how long it took.
bool healthy(std::uint16_t port, Latencies& latencies) {
    const auto started = Clock::now();
    const auto answer = test_support::send_raw(port, "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 20s);
    latencies.add(Clock::now() - started);
    return answer.status == 200;
}

bool json_error(const RawAnswer& answer) {
    rapidjson::Document json;
    json.Parse(answer.body.c_str());
    return !json.HasParseError() && json.IsObject() && json.HasMember("error");
}

std::string webhook_request(const std::string& body, const std::string& extra_headers, std::size_t length) {
    return "POST /webhooks/shopify HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n"
           "X-Shopify-Topic: orders/create\r\nX-Shopify-Shop-Domain: " +
           std::string(test_support::k_harness_shop_domain) + "\r\n" + extra_headers + "Content-Length: " + std::to_string(length) + "\r\n\r\n" +
           body;
}

std::string api_request(const std::string& type, const std::string& session_headers, const std::string& body,
                        std::size_t length) {
    return "POST /api/orders HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: " + type + "\r\n" +
           session_headers + "Content-Length: " + std::to_string(length) + "\r\n\r\n" + body;
}

}  // namespace

TEST_CASE("R27 a client trickling a byte a second at each door gets 408 at the request timeout, others are served",
          "[reliability][doors]") {
    ImportHarness harness;
    auto owner = test_support::sign_in(harness, "owner");
    const auto port = harness.host().port();
    const auto before = written_state(harness);
    const std::string order = test_support::fixture_order("shopify/webhooks/orders_create_aud.json");
    const std::string api_body = R"({"client_name":"Повільний","items":[{"name":"Мед","quantity":1,"price":"1"}]})";
    const std::vector<std::pair<std::string, std::string>> doors = {
        {"webhook", webhook_request(order,
                                    "X-Shopify-Webhook-Id: slow-1\r\nX-Shopify-Hmac-Sha256: " +
                                        sim::shopify::webhook_hmac("integration-client-secret", order) + "\r\n",
                                    order.size())},
        {"api", api_request("application/json", "Cookie: " + owner.cookie + "\r\nX-CSRF-Token: " + owner.csrf + "\r\n",
                            api_body, api_body.size())},
        {"pages", "GET /orders HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\nConnection: close\r\n\r\n"},
    };
    std::vector<std::future<RawAnswer>> trickling;
    for (const auto& door : doors)
        trickling.push_back(std::async(std::launch::async, [&, request = door.second] {
            return test_support::send_trickled(port, request, 1000ms, 120s);
        }));

    // Meanwhile others are answered as usual.
    Latencies others;
    int served = 0;
    const auto until = Clock::now() + k_limits.request_timeout;
    while (Clock::now() < until) {
        served += healthy(port, others) ? 1 : 0;
        std::this_thread::sleep_for(250ms);
    }
    const auto limit_s = std::chrono::duration_cast<std::chrono::seconds>(k_limits.request_timeout).count();
    std::cout << "doors, slow clients: request timeout " << limit_s << " s; " << served << " of " << others.ms.size()
              << " other requests served meanwhile (" << others.summary() << ")\n";
    for (std::size_t i = 0; i < doors.size(); ++i) {
        const auto answer = trickling[i].get();
        INFO(doors[i].first);
        std::cout << "  " << doors[i].first << ": " << answer.status << " after " << answer.elapsed.count() << " ms, "
                  << answer.bytes_sent << " of " << doors[i].second.size() << " bytes sent, body " << answer.body << "\n";
        CHECK(answer.status == 408);
        CHECK(json_error(answer));
        CHECK(answer.elapsed >= k_limits.request_timeout - 1s);
        CHECK(answer.elapsed < k_limits.request_timeout + 10s);
    }
    CHECK(served == static_cast<int>(others.ms.size()));
    CHECK(others.at(0.99) < 1000);
    CHECK(written_state(harness) == before);
}

TEST_CASE("R27 a thousand idle connections: the host serves others, makes room past its cap, closes them when idle",
          "[reliability][doors]") {
    ImportHarness harness;
    const auto port = harness.host().port();
    const auto before = written_state(harness);
    const auto opened_at = Clock::now();
    test_support::IdleConnections idle(port, 1000);
    std::this_thread::sleep_for(1s);  // accepted by the host, not only queued by the kernel

    Latencies with_idle;
    int served = 0;
    for (int i = 0; i < 200; ++i) served += healthy(port, with_idle) ? 1 : 0;
    std::cout << "doors, 1,000 idle connections: " << served << " of 200 other requests served ("
              << with_idle.summary() << "), " << idle.closed_by_server() << " idle closed so far\n";
    CHECK(served == 200);
    CHECK(idle.closed_by_server() == 0);

    // Past the cap the longest-idle connections make room; newcomers are still served.
    const std::size_t beyond = k_limits.max_connections + 100 - idle.opened();
    test_support::IdleConnections more(port, beyond);
    std::this_thread::sleep_for(1s);
    Latencies past_cap;
    int served_past_cap = 0;
    for (int i = 0; i < 100; ++i) served_past_cap += healthy(port, past_cap) ? 1 : 0;
    const auto evicted = idle.closed_by_server();
    // Each connection past the cap closed one idle connection; the oldest go first.
    const std::size_t over_cap = idle.opened() + more.opened() - k_limits.max_connections;
    std::cout << "  past the cap of " << k_limits.max_connections << " (" << idle.opened() + more.opened()
              << " idle open): " << served_past_cap << " of 100 served (" << past_cap.summary() << "), " << evicted
              << " of the first 1,000 closed to make room\n";
    CHECK(served_past_cap == 100);
    CHECK(evicted >= over_cap);

    // The idle timeout closes the rest.
    const auto deadline = opened_at + k_limits.idle_timeout + 15s;
    while (Clock::now() < deadline && idle.closed_by_server() + more.closed_by_server() < idle.opened() + more.opened())
        std::this_thread::sleep_for(250ms);
    const auto closed = idle.closed_by_server() + more.closed_by_server();
    std::cout << "  after the idle timeout (" << std::chrono::duration_cast<std::chrono::seconds>(k_limits.idle_timeout).count()
              << " s): " << closed << " of " << idle.opened() + more.opened() << " closed by the host, after "
              << std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - opened_at).count() << " ms\n";
    CHECK(closed == idle.opened() + more.opened());
    Latencies after;
    CHECK(healthy(port, after));
    CHECK(written_state(harness) == before);
}

TEST_CASE("R27 a stream of bad requests at every door is refused each time, the host serves on and writes nothing",
          "[reliability][doors]") {
    ImportHarness harness;
    auto owner = test_support::sign_in(harness, "owner");
    const auto port = harness.host().port();
    const auto before = written_state(harness);
    const std::string order = test_support::fixture_order("shopify/webhooks/orders_create_aud.json");
    const std::string half = order.substr(0, order.size() / 2);
    const std::string session = "Cookie: " + owner.cookie + "\r\nX-CSRF-Token: " + owner.csrf + "\r\n";
    const std::string good_api = R"({"client_name":"Х","items":[{"name":"Мед","quantity":1,"price":"1"}]})";
    const std::size_t over = k_limits.body_limit + 1;
    struct BadRequest {
        const char* door;
        const char* what;
        std::string bytes;
        int status;
    };
    const std::vector<BadRequest> catalogue = {
        {"webhook", "no HMAC", webhook_request(order, "X-Shopify-Webhook-Id: b1\r\n", order.size()), 401},
        {"webhook", "wrong HMAC", webhook_request(order, "X-Shopify-Webhook-Id: b2\r\nX-Shopify-Hmac-Sha256: AAAA\r\n", order.size()), 401},
        {"webhook", "truncated JSON, unsigned", webhook_request(half, "X-Shopify-Webhook-Id: b3\r\n", half.size()), 401},
        {"webhook", "no shop domain",
         "POST /webhooks/shopify HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}", 404},
        {"webhook", "no topic, signed",
         "POST /webhooks/shopify HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Shopify-Shop-Domain: " + std::string(test_support::k_harness_shop_domain) +
             "\r\nX-Shopify-Webhook-Id: b4\r\nX-Shopify-Hmac-Sha256: " +
             sim::shopify::webhook_hmac("integration-client-secret", order) +
             "\r\nContent-Length: " + std::to_string(order.size()) + "\r\n\r\n" + order,
         400},
        {"webhook", "over the size limit", webhook_request("", "X-Shopify-Webhook-Id: b5\r\n", over), 413},
        {"api", "no session", api_request("application/json", "", good_api, good_api.size()), 401},
        {"api", "no CSRF token", api_request("application/json", "Cookie: " + owner.cookie + "\r\n", good_api, good_api.size()), 403},
        {"api", "text/plain", api_request("text/plain", session, good_api, good_api.size()), 400},
        {"api", "form-urlencoded", api_request("application/x-www-form-urlencoded", session, "a=1", 3), 400},
        {"api", "truncated JSON", api_request("application/json", session, good_api.substr(0, 20), 20), 400},
        {"api", "invalid JSON", api_request("application/json", session, "{'a':1}", 7), 400},
        {"api", "over the size limit", api_request("application/json", session, "", over), 413},
        {"pages", "raw ..", "GET /assets/../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 404},
        {"pages", "%2e%2e", "GET /assets/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 404},
        {"pages", "backslashes", "GET /assets/..\\..\\etc\\passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 404},
        {"pages", "malformed request line", "GET /orders HTTP/9\r\nHost: x\r\n\r\n", 400},
        {"pages", "header over the limit",
         "GET /orders HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(k_limits.header_limit, 'a') + "\r\n\r\n", 431},
    };
    constexpr int k_rounds = 50;
    Latencies refusals;
    Latencies others;
    int wrong = 0;
    int served = 0;
    for (int round = 0; round < k_rounds; ++round) {
        for (const auto& bad : catalogue) {
            const auto started = Clock::now();
            const auto answer = test_support::send_raw(port, bad.bytes, 20s);
            refusals.add(Clock::now() - started);
            if (answer.status != bad.status || !json_error(answer)) {
                ++wrong;
                UNSCOPED_INFO(bad.door << " " << bad.what << ": " << answer.status << " " << answer.body);
            }
        }
        served += healthy(port, others) ? 1 : 0;
    }
    std::cout << "doors, bad input: " << k_rounds * catalogue.size() << " bad requests (" << catalogue.size()
              << " kinds at 3 doors, " << k_rounds << " rounds): " << wrong << " not refused as expected ("
              << refusals.summary() << "); " << served << " of " << k_rounds << " health checks served ("
              << others.summary() << ")\n";
    CHECK(wrong == 0);
    CHECK(served == k_rounds);
    CHECK(written_state(harness) == before);
}
