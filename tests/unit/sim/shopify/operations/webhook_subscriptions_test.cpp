#include <catch2/catch.hpp>

#include "tests/unit/sim/plugin_queries.hpp"
#include "tests/unit/sim/selection_shape.hpp"
#include "tests/unit/sim/sim_fixture.hpp"

using sim_test::RunningSim;
using sim_test::text;

namespace {

rapidjson::Document send(RunningSim& running, const char* constant, const char* operation,
                         const std::string& variables = "{}") {
    const auto answer = running.graphql(sim_test::graphql_body(sim_test::plugin_query(constant), operation, variables));
    REQUIRE(answer.status == 200);
    auto json = answer.json();
    REQUIRE_FALSE(json.HasParseError());
    return json;
}

rapidjson::Document create(RunningSim& running, const std::string& topic, const std::string& uri) {
    return send(running, "k_webhook_subscription_create_query", "WebhookSubscriptionCreate",
                R"({"topic":")" + topic + R"(","uri":)" + sim_test::json_string(uri) + "}");
}

rapidjson::Document list(RunningSim& running) {
    return send(running, "k_webhook_subscriptions_query", "WebhookSubscriptions");
}

rapidjson::Document remove(RunningSim& running, const std::string& id) {
    return send(running, "k_webhook_subscription_delete_query", "WebhookSubscriptionDelete",
                R"({"id":)" + sim_test::json_string(id) + "}");
}

void check_shape(const rapidjson::Document& json, const char* constant) {
    REQUIRE(json.HasMember("data"));
    std::string problems;
    for (const auto& problem :
         sim_test::shape_problems(json["data"], sim_test::parse_selection(sim_test::plugin_query(constant))))
        problems += problem + "\n";
    CHECK(problems == "");
}

const char* k_uri = "https://crm.example.com/shopify/webhooks";

}  // namespace

TEST_CASE("R11 webhookSubscriptionCreate makes a subscription that WebhookSubscriptions lists and Delete removes") {
    RunningSim running;
    const auto created = create(running, "ORDERS_CREATE", k_uri);
    check_shape(created, "k_webhook_subscription_create_query");
    const auto& payload = created["data"]["webhookSubscriptionCreate"];
    CHECK(payload["userErrors"].Size() == 0);
    const auto id = text(payload["webhookSubscription"]["id"]);
    CHECK(id.rfind("gid://shopify/WebhookSubscription/", 0) == 0);
    CHECK(text(payload["webhookSubscription"]["topic"]) == "ORDERS_CREATE");
    CHECK(text(payload["webhookSubscription"]["uri"]) == k_uri);
    CHECK(created["extensions"]["cost"]["requestedQueryCost"].GetInt() == 10);
    CHECK(created["extensions"]["cost"]["actualQueryCost"].GetInt() == 10);
    REQUIRE(create(running, "APP_UNINSTALLED", k_uri)["data"]["webhookSubscriptionCreate"]["userErrors"].Size() == 0);

    const auto listed = list(running);
    check_shape(listed, "k_webhook_subscriptions_query");
    const auto& nodes = listed["data"]["webhookSubscriptions"]["nodes"];
    REQUIRE(nodes.Size() == 2);
    CHECK(text(nodes[0]["id"]) == id);
    CHECK(text(nodes[1]["topic"]) == "APP_UNINSTALLED");
    CHECK(listed["extensions"]["cost"]["requestedQueryCost"].GetInt() == 2 + 50);
    CHECK(listed["extensions"]["cost"]["actualQueryCost"].GetInt() == 2 + 2);

    const auto deleted = remove(running, id);
    check_shape(deleted, "k_webhook_subscription_delete_query");
    CHECK(text(deleted["data"]["webhookSubscriptionDelete"]["deletedWebhookSubscriptionId"]) == id);
    CHECK(deleted["data"]["webhookSubscriptionDelete"]["userErrors"].Size() == 0);
    CHECK(deleted["extensions"]["cost"]["actualQueryCost"].GetInt() == 10);
    CHECK(list(running)["data"]["webhookSubscriptions"]["nodes"].Size() == 1);

    const auto again = remove(running, id);
    CHECK(again["data"]["webhookSubscriptionDelete"]["deletedWebhookSubscriptionId"].IsNull());
    CHECK(text(again["data"]["webhookSubscriptionDelete"]["userErrors"][0]["message"]) ==
          "Webhook subscription does not exist");
}

TEST_CASE("R11 the same topic and address twice is refused as Shopify refuses it; another topic is not") {
    RunningSim running;
    REQUIRE(create(running, "ORDERS_UPDATED", k_uri)["data"]["webhookSubscriptionCreate"]["userErrors"].Size() == 0);
    const auto twice = create(running, "ORDERS_UPDATED", k_uri);
    check_shape(twice, "k_webhook_subscription_create_query");
    const auto& payload = twice["data"]["webhookSubscriptionCreate"];
    CHECK(payload["webhookSubscription"].IsNull());
    REQUIRE(payload["userErrors"].Size() == 1);
    CHECK(text(payload["userErrors"][0]["message"]) == "Address for this topic has already been taken");
    CHECK(payload["userErrors"][0]["field"].IsArray());
    CHECK(create(running, "ORDERS_CANCELLED", k_uri)["data"]["webhookSubscriptionCreate"]["userErrors"].Size() == 0);
    CHECK(list(running)["data"]["webhookSubscriptions"]["nodes"].Size() == 2);
}

TEST_CASE("R11 http:// is taken only on loopback; an unknown topic is a variable error") {
    RunningSim running;
    const auto plain = create(running, "ORDERS_CREATE", "http://crm.example.com/webhooks");
    CHECK(text(plain["data"]["webhookSubscriptionCreate"]["userErrors"][0]["message"]) ==
          "Address protocol http:// is not supported");
    for (const char* loopback :
         {"http://127.0.0.1:8080/shopify/webhooks", "http://localhost:8080/w", "http://[::1]:81/w"})
        CHECK(create(running, "ORDERS_CREATE", loopback)["data"]["webhookSubscriptionCreate"]["userErrors"].Size() ==
              0);
    const auto invalid = create(running, "ORDERS_CREATE", "crm.example.com");
    CHECK(text(invalid["data"]["webhookSubscriptionCreate"]["userErrors"][0]["message"]) == "Address is invalid");

    const auto topic = create(running, "ORDERS_EXPLODED", k_uri);
    CHECK_FALSE(topic.HasMember("data"));
    CHECK(text(topic["errors"][0]["extensions"]["code"]) == "INVALID_VARIABLE");
}

TEST_CASE("R25 without protected customer data access order topics are refused with Shopify's message") {
    RunningSim running;
    REQUIRE(running.control("/_sim/webhooks", R"({"refuse_subscriptions":true})").status == 200);
    const auto refused = create(running, "ORDERS_CREATE", k_uri);
    check_shape(refused, "k_webhook_subscription_create_query");
    const auto& payload = refused["data"]["webhookSubscriptionCreate"];
    CHECK(payload["webhookSubscription"].IsNull());
    CHECK(text(payload["userErrors"][0]["message"]) ==
          "You do not have permission to create or update webhooks with orders/create topic. "
          "This topic contains protected customer data.");
    // app/uninstalled carries no customer data.
    CHECK(create(running, "APP_UNINSTALLED", k_uri)["data"]["webhookSubscriptionCreate"]["userErrors"].Size() == 0);
    CHECK(running.request("GET", "/_sim/webhooks").json()["refuse_subscriptions"].GetBool());

    REQUIRE(running.control("/_sim/webhooks", R"({"refuse_subscriptions":false})").status == 200);
    CHECK(create(running, "ORDERS_CREATE", k_uri)["data"]["webhookSubscriptionCreate"]["userErrors"].Size() == 0);
}
