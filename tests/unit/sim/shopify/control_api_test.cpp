#include <chrono>

#include <catch2/catch.hpp>

#include "host_api/time.hpp"
#include "tests/unit/sim/sim_fixture.hpp"

using sim_test::RunningSim;
using sim_test::text;

namespace {

host_api::Timestamp time_of(const rapidjson::Value& value) {
    auto parsed = host_api::parse_iso8601(text(value));
    REQUIRE(parsed);
    return *parsed;
}

}  // namespace

TEST_CASE("R11 POST /_sim/orders creates a new id and updates a known one, updated_at now on both as Shopify stamps it") {
    RunningSim running;
    const auto order = sim_test::fixture_order_json("shopify/webhooks/orders_test_webhook.json");
    const auto before = std::chrono::time_point_cast<std::chrono::seconds>(host_api::now());
    const auto created = running.control("/_sim/orders", order);
    REQUIRE(created.status == 201);
    const auto created_json = created.json();
    CHECK(created_json["id"].GetUint64() == 820982911946154508ULL);
    CHECK(created.body.find("\"id\":820982911946154508,") != std::string::npos);
    CHECK(created_json["created"].GetBool());
    // The order says 2019-06-04T13:53:06-04:00; Shopify stamps the time of the change.
    CHECK(time_of(created_json["updated_at"]) >= before);

    const auto updated = running.control("/_sim/orders", "{\"order\":" + order + "}");
    REQUIRE(updated.status == 200);
    CHECK_FALSE(updated.json()["created"].GetBool());
    const auto first_update = time_of(updated.json()["updated_at"]);
    CHECK(first_update > time_of(created_json["updated_at"]));
    CHECK(first_update >= host_api::now() - std::chrono::minutes(5));

    const auto again = running.control("/_sim/orders", order);
    CHECK(time_of(again.json()["updated_at"]) > first_update);

    // GraphQL sees the new updatedAt, in UTC.
    const auto graphql = running.orders_by_ids({"gid://shopify/Order/820982911946154508"}, 5).json();
    CHECK(time_of(graphql["data"]["nodes"][0]["updatedAt"]) == time_of(again.json()["updated_at"]));
    CHECK(text(graphql["data"]["nodes"][0]["updatedAt"]).back() == 'Z');

    // The stored REST order reads back with exact ids.
    const auto stored = running.request("GET", "/_sim/orders/820982911946154508");
    CHECK(stored.status == 200);
    CHECK(stored.body.find("\"id\":866550311766439020") != std::string::npos);
    CHECK(running.request("GET", "/_sim/orders/1").status == 404);
}

TEST_CASE("R11 POST /_sim/orders?keep_updated_at=true keeps the updated_at the order carries, for tests") {
    RunningSim running;
    const auto order = sim_test::fixture_order_json("shopify/webhooks/orders_test_webhook.json");
    const auto created = running.control("/_sim/orders?keep_updated_at=true", order);
    REQUIRE(created.status == 201);
    CHECK(text(created.json()["updated_at"]) == "2019-06-04T13:53:06-04:00");
    const auto graphql = running.orders_by_ids({"gid://shopify/Order/820982911946154508"}, 5).json();
    CHECK(text(graphql["data"]["nodes"][0]["updatedAt"]) == "2019-06-04T17:53:06Z");
    // Without the option the next change is stamped now again.
    const auto updated = running.control("/_sim/orders", order);
    CHECK(time_of(updated.json()["updated_at"]) >= host_api::now() - std::chrono::minutes(5));
}

TEST_CASE("R11 POST /_sim/orders/<id>/cancel sets cancelled_at, GraphQL shows cancelledAt") {
    RunningSim running;
    REQUIRE(running.control("/_sim/orders", sim_test::fixture_order_json("shopify/rest/order_ruby.json")).status ==
            201);
    const auto cancelled = running.control("/_sim/orders/450789469/cancel");
    REQUIRE(cancelled.status == 200);
    const auto json = running.orders_by_ids({"gid://shopify/Order/450789469"}, 5).json();
    CHECK(time_of(json["data"]["nodes"][0]["cancelledAt"]) == time_of(cancelled.json()["cancelled_at"]));
    CHECK(running.control("/_sim/orders/999/cancel").status == 404);
}

TEST_CASE("R19 POST /_sim/products puts a product in the catalog that order lines answer with") {
    RunningSim running;
    REQUIRE(running.control("/_sim/orders", sim_test::fixture_order_json("shopify/rest/order_ruby.json")).status ==
            201);
    const auto product =
        running.control("/_sim/products", R"({"id":632910392,"title":"IPod Nano","body_html":"<b>Nano</b>",
        "product_type":"Players","variants":[{"id":39072856,"sku":"IPOD2008GREEN","price":"199.00","title":"Green"}]})");
    REQUIRE(product.status == 201);
    CHECK(product.body == R"({"id":632910392,"created":true})");
    const auto json = running.orders_by_ids({"gid://shopify/Order/450789469"}, 5).json();
    const auto& line = json["data"]["nodes"][0]["lineItems"]["nodes"][0];
    CHECK(text(line["product"]["descriptionHtml"]) == "<b>Nano</b>");
    CHECK(text(line["product"]["productType"]) == "Players");
    CHECK(line["product"]["hasOnlyDefaultVariant"].GetBool());
    CHECK(text(line["variant"]["title"]) == "Green");
}

TEST_CASE("the control API refuses what it cannot use, and counts requests") {
    RunningSim running;
    CHECK(running.control("/_sim/orders", "not json").status == 400);
    CHECK(running.control("/_sim/orders", R"({"name":"#1"})").status == 400);
    CHECK(running.control("/_sim/orders", R"({"orders":[{"id":1},{"id":2}]})").status == 400);
    CHECK(running.control("/_sim/products", R"({"title":"no id"})").status == 400);
    CHECK(running.control("/_sim/faults", R"({"rate":1,"kinds":["teapot"]})").status == 400);
    CHECK(running.request("GET", "/_sim/nothing").status == 404);
    CHECK(running.request("GET", "/_sim/faults").status == 405);
    const auto stats = running.stats();
    CHECK(stats["requests"].GetUint64() == 8);  // this one included
    for (const char* name : {"graphql_requests", "cost_used", "throttled", "webhooks_sent", "webhooks_failed",
                             "webhook_attempts", "bulk_operations", "bulk_downloads"})
        CHECK(stats[name].GetUint64() == 0);
}

TEST_CASE("a client that expects 100-continue (curl with a large body) gets it and its answer") {
    RunningSim running;
    const auto order = sim_test::fixture_order_json("shopify/webhooks/orders_create_aud.json");
    REQUIRE(order.size() > 1024);
    const auto answer = running.request("POST", "/_sim/orders", order,
                                        {{"Content-Type", "application/json"}, {"Expect", "100-continue"}});
    REQUIRE(answer.answered);
    CHECK(answer.interim_status == 100);
    CHECK(answer.status == 201);
    CHECK(answer.json()["id"].GetUint64() == 2998557704341ULL);
}
