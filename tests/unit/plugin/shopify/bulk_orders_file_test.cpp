// The bulk operation's JSONL read back into orders for the initial import: children
// grouped by __parentId wherever they are in the file.

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "plugin/shopify/bulk_orders_file.hpp"
#include "tests/sim/shopify/bulk_order_lines.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/text_file.hpp"

namespace {

// A fixture order as Shopify writes it into a bulk file: the order line, then its lines.
sim::shopify::BulkOrderLines bulk_lines(const std::string& fixture) {
    rapidjson::Document rest;
    rest.Parse(test_support::read_text(test_support::fixtures_dir() / fixture).c_str());
    auto lines = sim::shopify::bulk_order_lines(rest.HasMember("order") ? rest["order"] : rest);
    lines.order += "\n";
    for (auto& child : lines.children) child += "\n";
    return lines;
}

}  // namespace

TEST_CASE("R18 a bulk file's orders come back whole, their lines found wherever they are in the file") {
    const auto first = bulk_lines("shopify/rest/order_python_api.json");
    const auto second = bulk_lines("shopify/webhooks/orders_test_webhook.json");
    REQUIRE(first.children.size() >= 2);
    // Parents before children, but not right before: the first order's lines come last.
    std::string file = first.order + second.order;
    for (const auto& line : second.children) file += line;
    for (const auto& line : first.children) file += line;
    const auto orders = shopify::read_bulk_orders(file);
    REQUIRE(orders.size() == 2);
    REQUIRE(orders[0].order);
    REQUIRE(orders[1].order);
    CHECK(orders[0].order->line_items.size() == first.children.size());
    CHECK(orders[1].order->line_items.size() == second.children.size());
    CHECK(orders[0].id == orders[0].order->id);
}

TEST_CASE("R27 a broken order line in a bulk file is that order's failure, and the others still come") {
    const auto good = bulk_lines("shopify/rest/order_ruby.json");
    std::string broken = bulk_lines("shopify/rest/order_python_api.json").order;
    broken.replace(broken.find("\"createdAt\":\""), 13, "\"createdAt\":\"x");
    const auto orders = shopify::read_bulk_orders(broken + good.order + "{not json\n");
    REQUIRE(orders.size() == 2);
    REQUIRE_FALSE(orders[0].order);
    CHECK(orders[0].order.error().message.find("createdAt") != std::string::npos);
    CHECK(orders[1].order);
}

TEST_CASE("R11 a bulk file's orders are decoded one at a time, from any of them (a resumed import)") {
    const auto first = bulk_lines("shopify/rest/order_python_api.json");
    const auto second = bulk_lines("shopify/webhooks/orders_test_webhook.json");
    std::string text = first.order + second.order;
    for (const auto& line : first.children) text += line;
    for (const auto& line : second.children) text += line;
    const shopify::BulkOrdersFile file(text);
    REQUIRE(file.size() == 2);
    const auto resumed = file.order(1);  // a restart after the first order starts here
    REQUIRE(resumed.order);
    CHECK(resumed.order->line_items.size() == second.children.size());
    CHECK(file.order(0).order->line_items.size() == first.children.size());
    CHECK_THROWS(file.order(2));
}

TEST_CASE("R27 a bulk file line that is no JSON object is left out, and only top-level ids place a line") {
    auto order = bulk_lines("shopify/rest/order_ruby.json").order;
    // Before the order's own id: an object holding an id and a parent id of its own.
    order.insert(1, R"("extra":{"id":"gid://shopify/Customer/9","__parentId":"gid://shopify/Order/77"},)");
    const std::string not_objects = R"([1,2]
[{"id":"gid://shopify/Order/4"}]
"text"
42
null
{"id":"gid://shopify/Order/3"} trailing
)";
    const shopify::BulkOrdersFile file(not_objects + order);
    REQUIRE(file.size() == 1);
    const auto read = file.order(0);
    REQUIRE(read.order);
    CHECK(read.id == read.order->id);
    CHECK(read.id != "77");
    CHECK(read.id != "3");
}

TEST_CASE("R27 a broken line item line fails its order with the reason, instead of the order coming without it") {
    const auto good = bulk_lines("shopify/webhooks/orders_test_webhook.json");
    auto lines = bulk_lines("shopify/rest/order_python_api.json");
    REQUIRE_FALSE(lines.children.empty());
    // Still one object by its brackets and quotes, but no JSON: a value with no key.
    lines.children[0].insert(1, R"("stray value",)");
    std::string text = lines.order + good.order;
    for (const auto& child : good.children) text += child;
    for (const auto& child : lines.children) text += child;
    const auto orders = shopify::read_bulk_orders(text);
    REQUIRE(orders.size() == 2);
    REQUIRE_FALSE(orders[0].order);
    CHECK(orders[0].order.error().message == "a line item line is not JSON");
    CHECK(orders[1].order);
}
