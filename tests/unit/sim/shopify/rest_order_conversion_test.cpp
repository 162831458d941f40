#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "tests/sim/shopify/order_payloads.hpp"
#include "tests/sim/shopify/rest_order_conversion.hpp"
#include "tests/support/paths.hpp"
#include "tests/unit/sim/selection_shape.hpp"
#include "tests/unit/sim/sim_fixture.hpp"

using namespace sim::shopify;
using sim_test::fixture;
using sim_test::text;

namespace {

rapidjson::Document convert(const rapidjson::Value& order, const OrderConversion& how = {}) {
    const auto text = graphql_order_json(order, how);
    rapidjson::Document node;
    node.Parse(text.c_str(), text.size());
    REQUIRE_FALSE(node.HasParseError());
    return node;
}

rapidjson::Document convert_fixture(const std::string& path, const OrderConversion& how = {}) {
    const auto document = fixture(path);
    return convert(*orders_in(document).front(), how);
}

// The Order fields the plugin's OrdersByIds query selects.
const sim_test::Selection& order_selection() {
    static const auto root = sim_test::parse_selection(sim_test::plugin_orders_query());
    return root.fields.at("nodes");
}

}  // namespace

TEST_CASE("R10 every Shopify fixture order converts to the Order node the plugin's query selects, ids exact") {
    const auto dir = test_support::fixtures_dir() / "shopify";
    int files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
        if (entry.path().extension() != ".json") continue;
        ++files;
        const auto raw = sim_test::read_text(entry.path());
        const auto document = fixture(std::filesystem::relative(entry.path(), test_support::fixtures_dir()).string());
        const auto orders = orders_in(document);
        REQUIRE(orders.size() == 1);
        const auto node = convert(*orders.front());
        INFO(entry.path().filename().string());
        CHECK(sim_test::shape_problems(node, order_selection()).empty());
        // The digits of the gid stand in the file as an id, as written there.
        const auto gid_text = text(node["id"]);
        const auto digits = gid_text.substr(std::string("gid://shopify/Order/").size());
        CHECK(std::regex_search(raw, std::regex("\"id\": *" + digits + "[,\\s]")));
        CHECK(text(node["createdAt"]).back() == 'Z');
        CHECK(node["lineItems"]["nodes"].Size() == (*orders.front())["line_items"].Size());
        CHECK(node["totalPriceSet"]["shopMoney"]["amount"].IsString());
    }
    CHECK(files == 7);
}

TEST_CASE("R10 ids above 2^53 stay exact: order, line items, customer") {
    const auto node = convert_fixture("shopify/webhooks/orders_test_webhook.json");
    // Through a double these would end in …496, …024, …000, …952.
    REQUIRE(static_cast<std::uint64_t>(static_cast<double>(820982911946154508ULL)) != 820982911946154508ULL);
    CHECK(text(node["id"]) == "gid://shopify/Order/820982911946154508");
    CHECK(text(node["lineItems"]["nodes"][0]["id"]) == "gid://shopify/LineItem/866550311766439020");
    CHECK(text(node["lineItems"]["nodes"][1]["id"]) == "gid://shopify/LineItem/141249953214522974");
    CHECK(text(node["customer"]["id"]) == "gid://shopify/Customer/115310627314723954");
}

TEST_CASE("R10 money is the shop money, as the decimal text Shopify wrote, not the presentment money") {
    const auto node = convert_fixture("shopify/webhooks/orders_create_usd_presentment.json");
    CHECK(text(node["currencyCode"]) == "AUD");
    CHECK(text(node["totalPriceSet"]["shopMoney"]["amount"]) == "60.33");  // presentment: 45.85 USD
    CHECK(text(node["totalPriceSet"]["shopMoney"]["currencyCode"]) == "AUD");
    const auto& line = node["lineItems"]["nodes"][0];
    CHECK(text(line["originalUnitPriceSet"]["shopMoney"]["amount"]) == "45.62");  // presentment: 34.67
    CHECK(text(line["originalUnitPriceSet"]["shopMoney"]["currencyCode"]) == "AUD");
    CHECK(text(node["shippingLine"]["originalPriceSet"]["shopMoney"]["amount"]) == "10.15");  // presentment: 7.71

    // Without *_set the plain amount in the order's currency, trailing zeros kept.
    const auto plain = convert_fixture("shopify/rest/order_python_api.json");
    CHECK(text(plain["totalPriceSet"]["shopMoney"]["amount"]) == "409.94");
    CHECK(text(plain["lineItems"]["nodes"][0]["originalUnitPriceSet"]["shopMoney"]["amount"]) == "199.00");
    CHECK(text(plain["shippingLine"]["originalPriceSet"]["shopMoney"]["amount"]) == "0.00");
    CHECK(text(plain["shippingLine"]["originalPriceSet"]["shopMoney"]["currencyCode"]) == "USD");
}

TEST_CASE("R19 empty SKUs stay empty, an empty variant title is the product's only, default variant") {
    const auto node = convert_fixture("shopify/rest/order_with_properties_ruby.json");
    const auto& lines = node["lineItems"]["nodes"];
    REQUIRE(lines.Size() == 2);
    for (const auto& line : lines.GetArray()) {
        CHECK(text(line["sku"]).empty());
        CHECK(text(line["variant"]["sku"]).empty());
        CHECK(text(line["variant"]["title"]) == "Default Title");
        CHECK(line["product"]["hasOnlyDefaultVariant"].GetBool());
    }
    CHECK(text(lines[1]["variant"]["id"]) == "gid://shopify/ProductVariant/4107806867497");
    CHECK(text(lines[1]["product"]["id"]) == "gid://shopify/Product/288331137065");
    CHECK(text(lines[1]["product"]["title"]) == "Create Your Own Coffee 3 Pack (8oz bags)");

    const auto variants = convert_fixture("shopify/rest/order_python_api.json");
    CHECK(text(variants["lineItems"]["nodes"][1]["variant"]["title"]) == "red");
    CHECK_FALSE(variants["lineItems"]["nodes"][1]["product"]["hasOnlyDefaultVariant"].GetBool());
}

TEST_CASE("R19 a custom line without a product has product and variant null") {
    auto document = fixture("shopify/rest/order_python_api.json");
    auto& line = document["order"]["line_items"][0];
    line["product_id"].SetNull();
    line["variant_id"].SetNull();
    const auto node = convert(document["order"]);
    const auto& converted = node["lineItems"]["nodes"][0];
    CHECK(converted["product"].IsNull());
    CHECK(converted["variant"].IsNull());
    CHECK(text(converted["name"]) == "IPod Nano - 8gb - green");
    CHECK(text(converted["sku"]) == "IPOD2008GREEN");
    CHECK(node["lineItems"]["nodes"][1]["product"].IsObject());
}

TEST_CASE("R10 note attributes become customAttributes, tracking numbers become trackingInfo") {
    const auto node = convert_fixture("shopify/rest/order_python_api.json");
    const auto& attributes = node["customAttributes"];
    REQUIRE(attributes.Size() == 2);
    CHECK(text(attributes[0]["key"]) == "custom engraving");
    CHECK(text(attributes[0]["value"]) == "Happy Birthday");
    CHECK(text(attributes[1]["key"]) == "colour");
    CHECK(text(attributes[1]["value"]) == "green");
    const auto& fulfillments = node["fulfillments"];
    REQUIRE(fulfillments.Size() == 1);
    REQUIRE(fulfillments[0]["trackingInfo"].Size() == 1);
    CHECK(text(fulfillments[0]["trackingInfo"][0]["number"]) == "1Z2345");
    CHECK(fulfillments[0]["trackingInfo"][0]["company"].IsNull());
    CHECK(convert_fixture("shopify/webhooks/orders_create_aud.json")["fulfillments"].Size() == 0);
}

TEST_CASE("R10 times become UTC, a cancelled order carries cancelledAt") {
    const auto node = convert_fixture("shopify/rest/order_python_api.json");
    CHECK(text(node["createdAt"]) == "2008-01-10T16:00:00Z");
    CHECK(text(node["updatedAt"]) == "2008-01-10T16:00:00Z");
    CHECK(node["cancelledAt"].IsNull());
    const auto cancelled = convert_fixture("shopify/webhooks/orders_test_webhook.json");
    CHECK(text(cancelled["cancelledAt"]) == "2019-06-04T17:53:06Z");
    const auto aud = convert_fixture("shopify/webhooks/orders_create_aud.json");
    CHECK(text(aud["createdAt"]) == "2020-12-26T21:23:58Z");
}

TEST_CASE("R24 customer and addresses carry names, phones and country codes as Shopify has them") {
    const auto node = convert_fixture("shopify/webhooks/orders_test_webhook.json");
    CHECK(text(node["email"]) == "jon@doe.ca");
    CHECK(text(node["customer"]["email"]) == "john@test.com");
    CHECK(node["customer"]["phone"].IsNull());
    CHECK(text(node["shippingAddress"]["phone"]) == "555-555-SHIP");
    CHECK(text(node["shippingAddress"]["firstName"]) == "Steve");
    CHECK(text(node["billingAddress"]["lastName"]) == "Biller");
    CHECK(text(node["billingAddress"]["countryCodeV2"]) == "US");
    CHECK(node["billingAddress"]["address2"].IsNull());
}

TEST_CASE("R25 withheld customer data: customer, email, phone and both addresses are null, the rest stays") {
    OrderConversion how;
    how.withhold_customer_data = true;
    const auto node = convert_fixture("shopify/rest/order_python_api.json", how);
    for (const char* field : {"customer", "email", "phone", "shippingAddress", "billingAddress"}) {
        INFO(field);
        CHECK(node[field].IsNull());
    }
    CHECK(text(node["name"]) == "#1001");
    CHECK(node["lineItems"]["nodes"].Size() == 3);
    CHECK(sim_test::shape_problems(node, order_selection()).empty());
}

TEST_CASE("R19 a product in the catalog answers with its description, type and variants") {
    const auto product_json =
        R"({"product":{"id":632910392,"title":"IPod Nano","body_html":"<p>It's the small iPod</p>",
        "product_type":"Cult Products","variants":[{"id":39072856,"sku":"IPOD2008GREEN","price":"199.00","title":"Green"},
        {"id":49148385,"sku":"IPOD2008RED","price":"199.00","title":"Red"}]}})";
    rapidjson::Document json;
    json.Parse(product_json);
    auto product = product_from_rest(json);
    REQUIRE(product);
    OrderConversion how;
    how.find_product = [&](const std::string& id) -> std::optional<CatalogProduct> {
        if (id == product->id) return *product;
        return std::nullopt;
    };
    const auto node = convert_fixture("shopify/rest/order_python_api.json", how);
    const auto& line = node["lineItems"]["nodes"][0];
    CHECK(text(line["product"]["title"]) == "IPod Nano");
    CHECK(text(line["product"]["descriptionHtml"]) == "<p>It's the small iPod</p>");
    CHECK(text(line["product"]["productType"]) == "Cult Products");
    CHECK_FALSE(line["product"]["hasOnlyDefaultVariant"].GetBool());
    CHECK(text(line["variant"]["title"]) == "Green");
    // A variant the catalog does not list falls back to the line.
    CHECK(text(node["lineItems"]["nodes"][2]["variant"]["title"]) == "black");
}

TEST_CASE("R23 currentQuantity is current_quantity when the payload has it, else the ordered quantity") {
    auto document = fixture("shopify/rest/order_python_api.json");
    auto& order = document["order"];
    order["line_items"][0].AddMember("current_quantity", 0, document.GetAllocator());
    order["line_items"][1]["quantity"].SetInt(3);
    const auto node = convert(order);
    CHECK(node["lineItems"]["nodes"][0]["currentQuantity"].GetInt() == 0);
    CHECK(node["lineItems"]["nodes"][1]["currentQuantity"].GetInt() == 3);
}

TEST_CASE("lineItems(first: lines) returns at most that many lines") {
    OrderConversion how;
    how.line_limit = 2;
    const auto document = fixture("shopify/rest/order_python_api.json");
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    CHECK(write_graphql_order(out, document["order"], how) == 2);
    rapidjson::Document node;
    node.Parse(buffer.GetString());
    CHECK(node["lineItems"]["nodes"].Size() == 2);
}

TEST_CASE("gids: built from exact digits, read back only for the right type") {
    CHECK(gid("Order", "820982911946154508") == "gid://shopify/Order/820982911946154508");
    CHECK(gid_number("gid://shopify/Order/820982911946154508", "Order") ==
          std::optional<std::string>("820982911946154508"));
    CHECK_FALSE(gid_number("gid://shopify/Product/1", "Order"));
    CHECK_FALSE(gid_number("gid://shopify/Order/", "Order"));
    CHECK_FALSE(gid_number("gid://shopify/Order/12a", "Order"));
    CHECK_FALSE(gid_number("820982911946154508", "Order"));
}
