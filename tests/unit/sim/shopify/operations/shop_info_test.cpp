#include <catch2/catch.hpp>

#include "tests/unit/sim/plugin_queries.hpp"
#include "tests/unit/sim/selection_shape.hpp"
#include "tests/unit/sim/sim_fixture.hpp"

using sim::shopify::Plan;
using sim_test::RunningSim;

namespace {

rapidjson::Document shop_info(RunningSim& running) {
    const auto answer =
        running.graphql(sim_test::graphql_body(sim_test::plugin_query("k_shop_info_query"), "ShopInfo"));
    REQUIRE(answer.status == 200);
    return answer.json();
}

}  // namespace

TEST_CASE("R3 ShopInfo answers the shop's name, currency and plan in the fields the plugin selects") {
    auto options = sim_test::sim_options();
    options.currency = "EUR";
    RunningSim running(options);
    const auto json = shop_info(running);
    REQUIRE_FALSE(json.HasMember("errors"));
    const auto& shop = json["data"]["shop"];
    CHECK(std::string(shop["name"].GetString()) == "exchange-test");
    CHECK(std::string(shop["currencyCode"].GetString()) == "EUR");
    CHECK(std::string(shop["plan"]["displayName"].GetString()) == "Grow");
    const auto selection = sim_test::parse_selection(sim_test::plugin_query("k_shop_info_query"));
    CHECK(sim_test::shape_problems(json["data"], selection).empty());
    // shop and plan are objects: 1 point each.
    CHECK(json["extensions"]["cost"]["requestedQueryCost"].GetInt() == 2);
    CHECK(json["extensions"]["cost"]["actualQueryCost"].GetInt() == 2);
}

TEST_CASE("R25 ShopInfo names each plan as Shopify's admin does") {
    const std::pair<Plan, const char*> plans[] = {
        {Plan::basic, "Basic"}, {Plan::grow, "Grow"}, {Plan::advanced, "Advanced"}, {Plan::plus, "Shopify Plus"}};
    for (const auto& [plan, name] : plans) {
        RunningSim running(sim_test::sim_options(plan));
        const auto json = shop_info(running);
        CHECK(std::string(json["data"]["shop"]["plan"]["displayName"].GetString()) == name);
    }
}
