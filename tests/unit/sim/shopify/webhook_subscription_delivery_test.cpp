#include <catch2/catch.hpp>

#include <thread>

#include "tests/unit/sim/plugin_queries.hpp"
#include "tests/unit/sim/sim_fixture.hpp"
#include "tests/unit/sim/webhook_checks.hpp"
#include "tests/unit/sim/webhook_receiver.hpp"

using sim_test::RunningSim;
using sim_test::WebhookReceiver;
using sim_test::expected_hmac;
using sim_test::header;
using sim_test::order_with_id;
using sim_test::text;

namespace {

// The subscription's id, as the plugin would make it.
std::string subscribe(RunningSim& running, const std::string& topic, const std::string& uri) {
    const auto answer = running.graphql(sim_test::graphql_body(
        sim_test::plugin_query("k_webhook_subscription_create_query"), "WebhookSubscriptionCreate",
        R"({"topic":")" + topic + R"(","uri":)" + sim_test::json_string(uri) + "}"));
    const auto json = answer.json();
    const auto& payload = json["data"]["webhookSubscriptionCreate"];
    REQUIRE(payload["userErrors"].Size() == 0);
    return text(payload["webhookSubscription"]["id"]);
}

std::string address(const WebhookReceiver& receiver, const std::string& path) {
    return "http://127.0.0.1:" + std::to_string(receiver.port()) + path;
}

std::vector<host_api::HttpRequest> to_path(const std::vector<host_api::HttpRequest>& received,
                                           const std::string& path) {
    std::vector<host_api::HttpRequest> out;
    for (const auto& request : received)
        if (request.path == path) out.push_back(request);
    return out;
}

}  // namespace

TEST_CASE("R11 each order change goes to every API subscription of its topic, signed, with Shopify's headers") {
    WebhookReceiver receiver;
    RunningSim running;
    subscribe(running, "ORDERS_CREATE", address(receiver, "/created"));
    subscribe(running, "ORDERS_UPDATED", address(receiver, "/updated"));
    subscribe(running, "ORDERS_CANCELLED", address(receiver, "/cancelled"));
    subscribe(running, "ORDERS_CREATE", address(receiver, "/created-too"));
    REQUIRE(running.control("/_sim/orders", order_with_id(61)).status == 201);
    REQUIRE(running.control("/_sim/orders", order_with_id(61)).status == 200);
    REQUIRE(running.control("/_sim/orders/61/cancel").status == 200);

    const auto received = receiver.wait_for(4);
    REQUIRE(received.size() == 4);
    const auto created = to_path(received, "/created");
    const auto created_too = to_path(received, "/created-too");
    REQUIRE(created.size() == 1);
    REQUIRE(created_too.size() == 1);
    REQUIRE(to_path(received, "/updated").size() == 1);
    REQUIRE(to_path(received, "/cancelled").size() == 1);
    CHECK(header(to_path(received, "/updated")[0], "X-Shopify-Topic") == "orders/updated");
    CHECK(header(to_path(received, "/cancelled")[0], "X-Shopify-Topic") == "orders/cancelled");
    for (const auto& delivery : received) {
        CHECK(header(delivery, "X-Shopify-Hmac-Sha256") == expected_hmac(delivery.body));
        CHECK(header(delivery, "X-Shopify-Shop-Domain") == sim_test::k_shop);
        CHECK(header(delivery, "X-Shopify-API-Version") == "2026-10");
        CHECK_FALSE(header(delivery, "X-Shopify-Triggered-At").empty());
    }
    // One change to two subscriptions: one event, two deliveries.
    CHECK(header(created[0], "X-Shopify-Topic") == "orders/create");
    CHECK(header(created[0], "X-Shopify-Event-Id") == header(created_too[0], "X-Shopify-Event-Id"));
    CHECK(header(created[0], "X-Shopify-Webhook-Id") != header(created_too[0], "X-Shopify-Webhook-Id"));
    CHECK(created[0].body == created_too[0].body);
}

TEST_CASE("R11 the hand-made webhook URL still gets every change next to the API subscriptions") {
    WebhookReceiver receiver;
    auto options = sim_test::sim_options();
    options.webhook_url = receiver.url();
    RunningSim running(options);
    subscribe(running, "ORDERS_CREATE", address(receiver, "/api"));
    REQUIRE(running.control("/_sim/orders", order_with_id(71)).status == 201);
    const auto received = receiver.wait_for(2);
    REQUIRE(received.size() == 2);
    CHECK(to_path(received, "/webhooks").size() == 1);
    CHECK(to_path(received, "/api").size() == 1);
}

TEST_CASE("R11 {\"enabled\":false} stops deliveries of both kinds; enabled again they resume") {
    WebhookReceiver receiver;
    RunningSim running;
    REQUIRE(running.control("/_sim/webhooks", R"({"url":")" + receiver.url() + R"(","enabled":false})").status == 200);
    subscribe(running, "ORDERS_CREATE", address(receiver, "/api"));
    REQUIRE(running.control("/_sim/orders", order_with_id(81)).status == 201);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK(receiver.received().empty());
    CHECK(running.stats()["webhook_attempts"].GetUint64() == 0);

    REQUIRE(running.control("/_sim/webhooks", R"({"enabled":true})").status == 200);
    REQUIRE(running.control("/_sim/orders", order_with_id(82)).status == 201);
    const auto received = receiver.wait_for(2);
    REQUIRE(received.size() == 2);
    for (const auto& delivery : received) CHECK(delivery.body.find("\"id\":82,") != std::string::npos);
}

TEST_CASE("R11 GET /_sim/webhooks lists API subscriptions; deleting one by hand stops its deliveries") {
    WebhookReceiver receiver;
    RunningSim running;
    const auto kept = subscribe(running, "ORDERS_CREATE", address(receiver, "/kept"));
    const auto dropped = subscribe(running, "ORDERS_CREATE", address(receiver, "/dropped"));
    const auto settings = running.request("GET", "/_sim/webhooks").json();
    const auto& listed = settings["subscriptions"];
    REQUIRE(listed.Size() == 2);
    CHECK(text(listed[0]["id"]) == kept);
    CHECK(text(listed[0]["topic"]) == "ORDERS_CREATE");
    CHECK(text(listed[1]["uri"]) == address(receiver, "/dropped"));
    CHECK(settings.HasMember("enabled"));  // what it showed before is still there
    CHECK(settings.HasMember("url"));

    // As Shopify deletes a subscription whose deliveries keep failing.
    const auto deleted = running.control("/_sim/webhooks/subscriptions/delete", R"({"id":")" + dropped + R"("})");
    REQUIRE(deleted.status == 200);
    CHECK(deleted.json()["deleted"].GetInt() == 1);
    CHECK(running.control("/_sim/webhooks/subscriptions/delete", R"({"id":")" + dropped + R"("})").status == 404);
    REQUIRE(running.control("/_sim/orders", order_with_id(91)).status == 201);
    const auto received = receiver.wait_for(1);
    REQUIRE(received.size() == 1);
    CHECK(received[0].path == "/kept");

    const auto all = running.control("/_sim/webhooks/subscriptions/delete", R"({"all":true})");
    CHECK(all.json()["deleted"].GetInt() == 1);
    CHECK(running.request("GET", "/_sim/webhooks").json()["subscriptions"].Size() == 0);
    CHECK(running.control("/_sim/webhooks/subscriptions/delete", R"({})").status == 400);
}
