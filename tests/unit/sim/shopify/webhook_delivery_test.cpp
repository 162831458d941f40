#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <regex>
#include <string>
#include <vector>
#include <thread>

#include "host_api/time.hpp"
#include "tests/support/paths.hpp"
#include "tests/unit/sim/sim_fixture.hpp"
#include "tests/unit/sim/webhook_checks.hpp"
#include "tests/unit/sim/webhook_receiver.hpp"

using sim_test::RunningSim;
using sim_test::WebhookReceiver;
using sim_test::expected_hmac;
using sim_test::header;
using sim_test::order_with_id;

namespace {

// Small steps, so retry tests do not wait for the default half second.
void configure(RunningSim& running, const std::string& url, const std::string& more = "") {
    const auto body = R"({"url":")" + url + R"(","retry_delay_seconds":0.05)" + (more.empty() ? "" : "," + more) + "}";
    REQUIRE(running.control("/_sim/webhooks", body).status == 200);
}

// The counters move after the answer is read, so a moment after the receiver has the
// delivery: the stats once the first delivery is counted as sent (or after 2 s).
rapidjson::Document stats_once_one_sent(RunningSim& running) {
    for (int i = 0; i < 100 && running.stats()["webhooks_sent"].GetUint64() == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    return running.stats();
}

const std::regex k_uuid("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

}  // namespace

TEST_CASE("R27 a created order is POSTed as orders/create with Shopify's headers and a correct HMAC") {
    WebhookReceiver receiver;
    auto options = sim_test::sim_options();
    options.webhook_url = receiver.url();
    RunningSim running(options);
    const auto order = sim_test::fixture_order_json("shopify/webhooks/orders_test_webhook.json");
    REQUIRE(running.control("/_sim/orders", order).status == 201);

    const auto received = receiver.wait_for(1);
    REQUIRE(received.size() == 1);
    const auto& delivery = received[0];
    CHECK(delivery.method == "POST");
    CHECK(delivery.path == "/webhooks");
    CHECK(header(delivery, "Content-Type") == "application/json");
    CHECK(header(delivery, "X-Shopify-Topic") == "orders/create");
    CHECK(header(delivery, "X-Shopify-Shop-Domain") == sim_test::k_shop);
    CHECK(header(delivery, "X-Shopify-API-Version") == "2026-10");
    CHECK(header(delivery, "X-Shopify-Hmac-Sha256") == expected_hmac(delivery.body));
    CHECK(std::regex_match(header(delivery, "X-Shopify-Webhook-Id"), k_uuid));
    CHECK(std::regex_match(header(delivery, "X-Shopify-Event-Id"), k_uuid));
    CHECK(host_api::parse_iso8601(header(delivery, "X-Shopify-Triggered-At")).has_value());
    // The body is the REST order, exact ids included.
    CHECK(delivery.body.find("\"id\":820982911946154508") != std::string::npos);
    CHECK(delivery.body.find("\"name\":\"#9999\"") != std::string::npos);
    const auto stats = stats_once_one_sent(running);
    CHECK(stats["webhooks_sent"].GetUint64() == 1);
    CHECK(stats["webhook_attempts"].GetUint64() == 1);
}

TEST_CASE("R11 an update goes as orders/updated with the new updated_at, a cancel as orders/cancelled") {
    WebhookReceiver receiver;
    RunningSim running;
    configure(running, receiver.url());
    REQUIRE(running.control("/_sim/orders", order_with_id(5)).status == 201);
    const auto update = running.control("/_sim/orders", order_with_id(5));
    REQUIRE(update.status == 200);
    REQUIRE(running.control("/_sim/orders/5/cancel").status == 200);
    const auto received = receiver.wait_for(3);
    REQUIRE(received.size() == 3);
    CHECK(header(received[0], "X-Shopify-Topic") == "orders/create");
    CHECK(header(received[1], "X-Shopify-Topic") == "orders/updated");
    CHECK(header(received[2], "X-Shopify-Topic") == "orders/cancelled");
    const auto updated_at = std::string(update.json()["updated_at"].GetString());
    CHECK(received[1].body.find("\"updated_at\":\"" + updated_at + "\"") != std::string::npos);
    CHECK(received[2].body.find("\"cancelled_at\":") != std::string::npos);
    // Three changes: three webhook ids, three event ids.
    CHECK(header(received[0], "X-Shopify-Webhook-Id") != header(received[1], "X-Shopify-Webhook-Id"));
    CHECK(header(received[1], "X-Shopify-Event-Id") != header(received[2], "X-Shopify-Event-Id"));
    for (const auto& delivery : received)
        CHECK(header(delivery, "X-Shopify-Hmac-Sha256") == expected_hmac(delivery.body));
}

TEST_CASE("R28 a delivery answered 500 is retried with the same webhook id until it gets a 2xx") {
    WebhookReceiver receiver({500, 503});
    RunningSim running;
    configure(running, receiver.url());
    REQUIRE(running.control("/_sim/orders", order_with_id(11)).status == 201);
    const auto received = receiver.wait_for(3);
    REQUIRE(received.size() == 3);
    CHECK(header(received[0], "X-Shopify-Webhook-Id") == header(received[2], "X-Shopify-Webhook-Id"));
    CHECK(header(received[1], "X-Shopify-Webhook-Id") == header(received[2], "X-Shopify-Webhook-Id"));
    CHECK(received[0].body == received[2].body);
    CHECK(header(received[0], "X-Shopify-Hmac-Sha256") == header(received[2], "X-Shopify-Hmac-Sha256"));
    const auto stats = stats_once_one_sent(running);
    CHECK(stats["webhook_attempts"].GetUint64() == 3);
    CHECK(stats["webhooks_sent"].GetUint64() == 1);
    CHECK(stats["webhooks_failed"].GetUint64() == 0);
}

TEST_CASE("R28 a delivery that keeps failing gives up after the retries, and is counted as failed") {
    WebhookReceiver receiver({500, 500, 500, 500});
    RunningSim running;
    configure(running, receiver.url(), R"("retries":2)");
    REQUIRE(running.control("/_sim/orders", order_with_id(12)).status == 201);
    for (int i = 0; i < 250 && running.stats()["webhooks_failed"].GetUint64() == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const auto stats = running.stats();
    CHECK(stats["webhooks_failed"].GetUint64() == 1);
    CHECK(stats["webhook_attempts"].GetUint64() == 3);
    CHECK(receiver.received().size() == 3);
}

TEST_CASE("R28 a webhook URL nobody listens on counts attempts and a failure, never blocking the control call") {
    RunningSim running;
    configure(running, "http://127.0.0.1:1/webhooks", R"("retries":1)");
    REQUIRE(running.control("/_sim/orders", order_with_id(13)).status == 201);
    for (int i = 0; i < 250 && running.stats()["webhooks_failed"].GetUint64() == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    CHECK(running.stats()["webhook_attempts"].GetUint64() == 2);
    CHECK(running.stats()["webhooks_failed"].GetUint64() == 1);
}

TEST_CASE("R11 duplicate: every delivery is sent N extra times with the same webhook id") {
    WebhookReceiver receiver;
    RunningSim running;
    configure(running, receiver.url(), R"("duplicate":2)");
    REQUIRE(running.control("/_sim/orders", order_with_id(21)).status == 201);
    const auto received = receiver.wait_for(3);
    REQUIRE(received.size() == 3);
    for (const auto& delivery : received) {
        CHECK(header(delivery, "X-Shopify-Webhook-Id") == header(received[0], "X-Shopify-Webhook-Id"));
        CHECK(delivery.body == received[0].body);
    }
}

TEST_CASE("R11 reorder: deliveries are held, then flushed newest first") {
    WebhookReceiver receiver;
    RunningSim running;
    configure(running, receiver.url(), R"("reorder":true)");
    for (const std::uint64_t id : {31, 32, 33})
        REQUIRE(running.control("/_sim/orders", order_with_id(id)).status == 201);
    CHECK(running.request("GET", "/_sim/webhooks").json()["held"].GetInt() == 3);
    const auto flushed = running.control("/_sim/webhooks/flush");
    CHECK(flushed.body == R"({"flushed":3})");
    const auto received = receiver.wait_for(3);
    REQUIRE(received.size() == 3);
    CHECK(received[0].body.find("\"id\":33,") != std::string::npos);
    CHECK(received[1].body.find("\"id\":32,") != std::string::npos);
    CHECK(received[2].body.find("\"id\":31,") != std::string::npos);
}

TEST_CASE("R11 reorder with a shuffle_seed: held deliveries go shuffled, the same seed the same order") {
    const auto order_of_ids = [](std::uint64_t seed) {
        WebhookReceiver receiver;
        RunningSim running;
        configure(running, receiver.url(), R"("reorder":true,"duplicate":1)");
        for (std::uint64_t id = 51; id <= 60; ++id)
            REQUIRE(running.control("/_sim/orders", order_with_id(id)).status == 201);
        const auto flushed = running.control("/_sim/webhooks/flush", "{\"shuffle_seed\":" + std::to_string(seed) + "}");
        CHECK(flushed.body == R"({"flushed":20})");
        std::vector<std::string> ids;
        for (const auto& delivery : receiver.wait_for(20)) ids.push_back(delivery.body.substr(0, 12));
        REQUIRE(ids.size() == 20);
        return ids;
    };
    const auto first = order_of_ids(7);
    CHECK(order_of_ids(7) == first);
    auto sorted = first;
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted != first);
    CHECK(std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end());  // both copies of each went
    RunningSim running;
    CHECK(running.control("/_sim/webhooks/flush", R"({"shuffle_seed":-1})").status == 400);
}

TEST_CASE("disabled webhooks send nothing, enabled again they resume") {
    WebhookReceiver receiver;
    RunningSim running;
    configure(running, receiver.url(), R"("enabled":false)");
    REQUIRE(running.control("/_sim/orders", order_with_id(41)).status == 201);
    REQUIRE(running.control("/_sim/webhooks", R"({"enabled":true})").status == 200);
    REQUIRE(running.control("/_sim/orders", order_with_id(42)).status == 201);
    const auto received = receiver.wait_for(1);
    REQUIRE(received.size() == 1);
    CHECK(received[0].body.find("\"id\":42,") != std::string::npos);
}

TEST_CASE("orders loaded at start send no webhooks") {
    WebhookReceiver receiver;
    auto options = sim_test::sim_options();
    options.webhook_url = receiver.url();
    options.orders_file = test_support::fixtures_dir() / "shopify/rest/orders_ruby.json";
    RunningSim running(options);
    CHECK(running.orders_by_ids({"gid://shopify/Order/450789469"}, 1).json()["data"]["nodes"][0].IsObject());
    // A later change does send one, and it is the first the receiver sees.
    REQUIRE(running.control("/_sim/orders", order_with_id(51)).status == 201);
    const auto received = receiver.wait_for(1);
    REQUIRE(received.size() == 1);
    CHECK(received[0].body.find("\"id\":51,") != std::string::npos);
}
