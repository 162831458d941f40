#include <catch2/catch.hpp>

#include "tests/sim/shopify/json_fields.hpp"
#include "tests/sim/shopify/order_book.hpp"
#include "tests/sim/shopify/order_payloads.hpp"
#include "tests/unit/sim/sim_fixture.hpp"

using namespace sim::shopify;

namespace {

rapidjson::Document parse(const std::string& text) {
    rapidjson::Document json;
    json.Parse(text.c_str(), text.size());
    REQUIRE_FALSE(json.HasParseError());
    return json;
}

host_api::Timestamp at(const char* iso) { return *host_api::parse_iso8601(iso); }

}  // namespace

TEST_CASE("R11 a new order gets updated_at now as Shopify stamps it, an update moves it later each time") {
    OrderBook book;
    const auto order = parse(sim_test::fixture_order_json("shopify/webhooks/orders_test_webhook.json"));
    auto created = book.put(order, OrderBook::Stamp::now, at("2026-11-28T10:00:00Z"));
    REQUIRE(created);
    CHECK(created->created);
    CHECK(created->id == "820982911946154508");
    // The order said 2019-06-04T13:53:06-04:00: Shopify would never list it as changed now.
    CHECK(created->updated_at == "2026-11-28T10:00:00+00:00");
    CHECK(created->body.find("\"created_at\":\"2019-06-04T13:53:06-04:00\"") != std::string::npos);

    auto updated = book.put(order, OrderBook::Stamp::now, at("2026-11-28T10:00:00Z"));
    REQUIRE(updated);
    CHECK_FALSE(updated->created);
    // Within the same second: still later than before.
    CHECK(updated->updated_at == "2026-11-28T10:00:01+00:00");
    auto again = book.put(order, OrderBook::Stamp::now, at("2026-11-28T10:00:05Z"));
    REQUIRE(again);
    CHECK(again->updated_at == "2026-11-28T10:00:05+00:00");
    // The stored body is the webhook body: exact ids, the new updated_at.
    CHECK(again->body.find("\"id\":820982911946154508") != std::string::npos);
    CHECK(again->body.find("\"updated_at\":\"2026-11-28T10:00:05+00:00\"") != std::string::npos);
    CHECK(book.size() == 1);
}

TEST_CASE("R11 an order without times gets created_at and updated_at now") {
    OrderBook book;
    auto created = book.put(parse(R"({"id":9,"name":"#9"})"), OrderBook::Stamp::now, at("2026-11-28T10:00:00Z"));
    REQUIRE(created);
    CHECK(created->updated_at == "2026-11-28T10:00:00+00:00");
    CHECK(created->body.find("\"created_at\":\"2026-11-28T10:00:00+00:00\"") != std::string::npos);
}

TEST_CASE("R11 loading a file keeps every time as given, an order without an integer id is refused") {
    OrderBook book;
    const auto order = parse(sim_test::fixture_order_json("shopify/rest/order_python_api.json"));
    REQUIRE(book.put(order, OrderBook::Stamp::as_given));
    auto reloaded = book.put(order, OrderBook::Stamp::as_given);
    REQUIRE(reloaded);
    CHECK(reloaded->updated_at == "2008-01-10T11:00:00-05:00");
    CHECK_FALSE(book.put(parse(R"({"id":1.5,"name":"#1"})"), OrderBook::Stamp::now));
    CHECK_FALSE(book.put(parse(R"({"name":"#1"})"), OrderBook::Stamp::now));
    CHECK_FALSE(book.put(parse(R"([1,2])"), OrderBook::Stamp::now));
}

TEST_CASE("R11 cancelling sets cancelled_at and a later updated_at, an unknown order cannot be cancelled") {
    OrderBook book;
    REQUIRE(book.put(parse(R"({"id":7,"name":"#7","updated_at":"2026-11-28T10:00:00+00:00","cancel_reason":null})"),
                     OrderBook::Stamp::as_given));
    auto cancelled = book.cancel("7", at("2026-11-28T09:00:00Z"));
    REQUIRE(cancelled);
    CHECK(cancelled->updated_at == "2026-11-28T10:00:01+00:00");
    const auto body = parse(cancelled->body);
    CHECK(member_string(body, "cancelled_at") == std::optional<std::string>("2026-11-28T10:00:01+00:00"));
    CHECK(member_string(body, "cancel_reason") == std::optional<std::string>("other"));
    CHECK_FALSE(book.cancel("8"));
}

TEST_CASE("orders come bare, as {\"order\":…}, as {\"orders\":[…]} or as an array") {
    CHECK(orders_in(parse(R"({"id":1})")).size() == 1);
    CHECK(orders_in(parse(R"({"order":{"id":1}})")).size() == 1);
    CHECK(orders_in(parse(R"({"orders":[{"id":1},{"id":2}]})")).size() == 2);
    CHECK(orders_in(parse(R"([{"id":1},{"id":2},{"id":3}])")).size() == 3);
    CHECK(orders_in(parse(R"("text")")).empty());
}
