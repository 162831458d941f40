// The one decoder of GraphQL orders, on the answer shapes the local Shopify gives for the
// real fixture orders (shopify.dev's documented Order shape, see the fixtures' README).

#include <catch2/catch.hpp>

#include "plugin/shopify/graphql_order_decoder.hpp"
#include "tests/sim/shopify/rest_order_conversion.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/text_file.hpp"

namespace {

rapidjson::Document fixture_order(const std::string& relative_path) {
    rapidjson::Document document;
    document.Parse(test_support::read_text(test_support::fixtures_dir() / relative_path).c_str());
    REQUIRE_FALSE(document.HasParseError());
    rapidjson::Document order;
    const auto& source = document.HasMember("order") ? document["order"] : document;
    order.CopyFrom(source, order.GetAllocator());
    return order;
}

rapidjson::Document graphql_node(const rapidjson::Value& rest_order, sim::shopify::OrderConversion how = {}) {
    rapidjson::Document node;
    node.Parse(sim::shopify::graphql_order_json(rest_order, how).c_str());
    REQUIRE_FALSE(node.HasParseError());
    return node;
}

}  // namespace

TEST_CASE("R10 the decoder reads every fixture order: ids exact, money as decimals, lines complete") {
    for (const char* file :
         {"shopify/rest/order_python_api.json", "shopify/rest/order_ruby.json",
          "shopify/rest/order_with_properties_ruby.json", "shopify/webhooks/orders_create_aud.json",
          "shopify/webhooks/orders_create_usd_presentment.json", "shopify/webhooks/orders_test_webhook.json"}) {
        INFO(file);
        const auto rest = fixture_order(file);
        const auto node = graphql_node(rest);
        const auto order = shopify::decode_graphql_order(node);
        INFO((order ? "" : order.error().message));
        REQUIRE(order);
        CHECK(order->id == std::to_string(rest["id"].GetUint64()));
        CHECK(order->line_items.size() == rest["line_items"].Size());
        CHECK_FALSE(order->more_line_items_after);
        const auto total = host_api::parse_money(rest.HasMember("total_price_set")
                                                     ? rest["total_price_set"]["shop_money"]["amount"].GetString()
                                                     : rest["total_price"].GetString(),
                                                 order->currency);
        REQUIRE(total);
        CHECK(order->total == *total);
    }
}

TEST_CASE("R10 an order id above 2^53 is kept exactly") {
    auto rest = fixture_order("shopify/webhooks/orders_test_webhook.json");
    rest["id"].SetUint64(9007199254740993ULL);  // 2^53 + 1: a double would make it ...992
    const auto order = shopify::decode_graphql_order(graphql_node(rest));
    REQUIRE(order);
    CHECK(order->id == "9007199254740993");
}

TEST_CASE("R25 withheld customer data decodes as absent, and the order still decodes") {
    sim::shopify::OrderConversion how;
    how.withhold_customer_data = true;
    const auto order = shopify::decode_graphql_order(graphql_node(fixture_order("shopify/rest/order_ruby.json"), how));
    REQUIRE(order);
    CHECK_FALSE(order->customer);
    CHECK_FALSE(order->shipping_address);
    CHECK(order->email.empty());
}

TEST_CASE("R18 a first page of line items says where the next page starts") {
    const auto rest = fixture_order("shopify/rest/order_python_api.json");
    REQUIRE(rest["line_items"].Size() >= 2);
    sim::shopify::OrderConversion how;
    how.line_limit = 1;
    const auto order = shopify::decode_graphql_order(graphql_node(rest, how));
    REQUIRE(order);
    CHECK(order->line_items.size() == 1);
    REQUIRE(order->more_line_items_after);
    CHECK(*order->more_line_items_after == sim::shopify::line_item_cursor(0));
}

TEST_CASE("R27 an order without id, times or total is refused with the field named") {
    const auto rest = fixture_order("shopify/rest/order_ruby.json");
    auto node = graphql_node(rest);
    node["updatedAt"].SetString("yesterday");
    const auto order = shopify::decode_graphql_order(node);
    REQUIRE_FALSE(order);
    CHECK(order.error().message.find("no valid updatedAt") != std::string::npos);
}
