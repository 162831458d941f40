#include <catch2/catch.hpp>

#include <thread>

#include "tests/sim/shopify/graphql_endpoint.hpp"
#include "tests/unit/sim/selection_shape.hpp"
#include "tests/unit/sim/sim_fixture.hpp"

using sim::shopify::Plan;
using sim_test::RunningSim;
using sim_test::text;

namespace {

// The test webhook order (2 lines, ids above 2^53) and the Ruby order (3 lines).
void load_orders(RunningSim& running) {
    for (const char* file : {"shopify/webhooks/orders_test_webhook.json", "shopify/rest/order_ruby.json"}) {
        const auto json = sim_test::fixture(file);
        running.sim().load_orders(json);
    }
}

const char* k_big = "gid://shopify/Order/820982911946154508";
const char* k_ruby = "gid://shopify/Order/450789469";

}  // namespace

TEST_CASE("R10 OrdersByIds answers each id in order: the Order node, or null for an unknown order") {
    RunningSim running;
    load_orders(running);
    const auto answer = running.orders_by_ids({k_big, "gid://shopify/Order/1", k_ruby}, 20);
    REQUIRE(answer.answered);
    REQUIRE(answer.status == 200);
    CHECK(answer.header("X-Shopify-API-Version") == std::optional<std::string>("2026-10"));
    const auto json = answer.json();
    REQUIRE_FALSE(json.HasParseError());
    CHECK_FALSE(json.HasMember("errors"));
    const auto& nodes = json["data"]["nodes"];
    REQUIRE(nodes.Size() == 3);
    CHECK(text(nodes[0]["id"]) == k_big);
    CHECK(nodes[1].IsNull());
    CHECK(text(nodes[2]["id"]) == k_ruby);
    CHECK(text(nodes[2]["name"]) == "#1001");
    CHECK(text(nodes[0]["customer"]["firstName"]) == "John");
    // Exactly the fields the plugin's query selects, and the body text has the exact ids.
    const auto root = sim_test::parse_selection(sim_test::plugin_orders_query());
    CHECK(sim_test::shape_problems(json["data"], root).empty());
    CHECK(answer.body.find("\"gid://shopify/LineItem/866550311766439020\"") != std::string::npos);
}

TEST_CASE("R28 extensions.cost: requested for every id and line asked, actual for what came back") {
    RunningSim running;
    load_orders(running);
    const auto first = running.orders_by_ids({k_big, "gid://shopify/Order/1", k_ruby}, 20).json();
    const auto& cost = first["extensions"]["cost"];
    CHECK(cost["requestedQueryCost"].GetInt() == 3 * (22 + 2 + 20 * 5));
    CHECK(cost["actualQueryCost"].GetInt() == (22 + 2 + 2 * 5) + (22 + 2 + 3 * 5));
    const auto& status = cost["throttleStatus"];
    CHECK(status["maximumAvailable"].GetDouble() == 2000.0);
    CHECK(status["restoreRate"].GetDouble() == 100.0);
    // 49 points taken; a little may have come back already.
    const auto after_first = status["currentlyAvailable"].GetInt();
    CHECK(after_first >= 2000 - 73);
    CHECK(after_first < 2000);

    // The level falls with each request, then refills at the restore rate.
    REQUIRE(running.control("/_sim/bucket", R"({"currently_available":500})").status == 200);
    const std::vector<std::string> eight(8, k_ruby);
    const auto second = running.orders_by_ids(eight, 5).json();
    CHECK(second["extensions"]["cost"]["requestedQueryCost"].GetInt() == 8 * (22 + 2 + 5 * 5));
    CHECK(second["extensions"]["cost"]["actualQueryCost"].GetInt() == 8 * (22 + 2 + 3 * 5));
    const auto after_second = second["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"].GetInt();
    CHECK(after_second < 500);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    const auto third = running.orders_by_ids({"gid://shopify/Order/1"}, 5).json();
    CHECK(third["extensions"]["cost"]["actualQueryCost"].GetInt() == 0);
    CHECK(third["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"].GetInt() > after_second);

    const auto stats = running.stats();
    CHECK(stats["graphql_requests"].GetUint64() == 3);
    CHECK(stats["cost_used"].GetUint64() == 73 + 8 * 39);
}

TEST_CASE("R28 a query requesting more than the bucket holds is THROTTLED (HTTP 200) and takes nothing") {
    RunningSim running;
    load_orders(running);
    REQUIRE(running.control("/_sim/bucket", R"({"currently_available":50})").status == 200);
    const auto answer = running.orders_by_ids({k_big, k_ruby}, 20);
    REQUIRE(answer.status == 200);
    const auto json = answer.json();
    CHECK_FALSE(json.HasMember("data"));
    REQUIRE(json["errors"].Size() == 1);
    CHECK(text(json["errors"][0]["message"]) == "Throttled");
    CHECK(text(json["errors"][0]["extensions"]["code"]) == "THROTTLED");
    CHECK(text(json["errors"][0]["extensions"]["documentation"]) == "https://shopify.dev/api/usage/rate-limits");
    const auto& cost = json["extensions"]["cost"];
    CHECK(cost["requestedQueryCost"].GetInt() == 248);
    CHECK(cost["actualQueryCost"].IsNull());
    CHECK(cost["throttleStatus"]["currentlyAvailable"].GetInt() >= 50);
    CHECK(cost["throttleStatus"]["currentlyAvailable"].GetInt() < 224);
    CHECK(running.stats()["throttled"].GetUint64() == 1);
    // A cheap query still fits.
    const auto cheap = running.orders_by_ids({k_ruby}, 1).json();
    CHECK(text(cheap["data"]["nodes"][0]["name"]) == "#1001");
}

TEST_CASE("R28 a single query over 1000 points is refused with MAX_COST_EXCEEDED before it runs") {
    RunningSim running;
    load_orders(running);
    const auto answer = running.orders_by_ids({k_big, k_ruby, k_big, k_ruby, k_big, k_ruby, k_big, k_ruby}, 30);
    REQUIRE(answer.status == 200);
    const auto json = answer.json();
    CHECK_FALSE(json.HasMember("data"));
    const auto& error = json["errors"][0];
    CHECK(text(error["extensions"]["code"]) == "MAX_COST_EXCEEDED");
    CHECK(error["extensions"]["cost"].GetInt() == 8 * 174);
    CHECK(error["extensions"]["maxCost"].GetInt() == 1000);
    CHECK_THAT(text(error["message"]),
               Catch::StartsWith("Query cost is 1392, which exceeds the single query max cost"));
    CHECK(running.stats()["cost_used"].GetUint64() == 0);
    // The plugin's batch size fits.
    CHECK(running.orders_by_ids({k_big, k_ruby, k_big, k_ruby, k_big, k_ruby, k_big, k_ruby}, 20)
              .json()["data"]
              .IsObject());
}

TEST_CASE("R25 on the Basic plan customer data comes back null, with an ACCESS_DENIED error per field") {
    RunningSim running(sim_test::sim_options(Plan::basic));
    load_orders(running);
    const auto json = running.orders_by_ids({"gid://shopify/Order/1", k_ruby}, 20).json();
    const auto& order = json["data"]["nodes"][1];
    CHECK(text(order["name"]) == "#1001");
    CHECK(order["lineItems"]["nodes"].Size() == 3);
    const std::vector<std::string> fields = {"email", "phone", "customer", "shippingAddress", "billingAddress"};
    for (const auto& field : fields) CHECK(order[field.c_str()].IsNull());
    const auto& errors = json["errors"];
    REQUIRE(errors.Size() == fields.size());
    for (rapidjson::SizeType i = 0; i < errors.Size(); ++i) {
        INFO(fields[i]);
        const auto& error = errors[i];
        CHECK(text(error["extensions"]["code"]) == "ACCESS_DENIED");
        CHECK(text(error["path"][0]) == "nodes");
        CHECK(error["path"][1].GetInt() == 1);
        CHECK(text(error["path"][2]) == fields[i]);
        CHECK_THAT(text(error["message"]), Catch::StartsWith("This app is not approved to"));
        CHECK(error["locations"][0]["line"].GetInt() > 1);
    }
    CHECK_THAT(text(errors[2]["message"]), Catch::Contains("Customer object"));
    CHECK_THAT(text(errors[0]["message"]), Catch::Contains("the email field"));
    // The cost is still reported.
    CHECK(json["extensions"]["cost"]["actualQueryCost"].GetInt() == 39);
}

TEST_CASE("R28 a wrong or missing access token gets Shopify's 401") {
    RunningSim running;
    for (const std::string token : {"shpat_wrong", ""}) {
        const auto answer = running.orders_by_ids({k_ruby}, 1, token);
        CHECK(answer.status == 401);
        CHECK(answer.body ==
              R"json({"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"})json");
    }
    CHECK(running.stats()["cost_used"].GetUint64() == 0);
}

TEST_CASE("an unknown operation, a body without a query and bad variables are GraphQL errors") {
    RunningSim running;
    const auto unknown =
        running.graphql(R"({"query":"query ShopLocales { shopLocales { locale } }","operationName":"ShopLocales"})");
    CHECK(unknown.status == 200);
    CHECK(text(unknown.json()["errors"][0]["extensions"]["code"]) == "UNSUPPORTED_OPERATION");
    CHECK_THAT(text(unknown.json()["errors"][0]["message"]), Catch::Contains("ShopLocales"));

    CHECK(running.graphql("not json").status == 400);
    CHECK(running.graphql(R"({"variables":{}})").status == 400);

    const auto bad = running.graphql(R"({"query":"query OrdersByIds { x }","variables":{"ids":[1],"lines":"x"}})");
    const auto json = bad.json();
    REQUIRE(json["errors"].Size() == 2);
    CHECK(text(json["errors"][0]["message"]) == "Variable $ids of type [ID!]! was provided invalid value");
    CHECK(text(json["errors"][1]["extensions"]["code"]) == "INVALID_VARIABLE");
}

TEST_CASE("without operationName the operation is the query's name") {
    CHECK(sim::shopify::operation_name_in("query OrdersByIds($ids: [ID!]!) { nodes }") == "OrdersByIds");
    CHECK(sim::shopify::operation_name_in("  mutation webhookSubscriptionCreate { x }") == "webhookSubscriptionCreate");
    CHECK(sim::shopify::operation_name_in("{ shop { name } }").empty());
    RunningSim running;
    load_orders(running);
    const std::string body = R"({"query":"query OrdersByIds($ids: [ID!]!, $lines: Int!) { nodes(ids: $ids) { id } }",)"
                             R"("variables":{"ids":["gid://shopify/Order/450789469"],"lines":1}})";
    CHECK(text(running.graphql(body).json()["data"]["nodes"][0]["name"]) == "#1001");
}

TEST_CASE("more than 250 ids is refused as Shopify refuses long input arrays") {
    RunningSim running;
    const std::vector<std::string> ids(251, "gid://shopify/Order/1");
    const auto json = running.orders_by_ids(ids, 0).json();
    CHECK(text(json["errors"][0]["extensions"]["code"]) == "MAX_INPUT_SIZE_EXCEEDED");
}
