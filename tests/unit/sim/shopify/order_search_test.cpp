#include <catch2/catch.hpp>

#include "tests/sim/shopify/order_search.hpp"

using sim::shopify::OrderSearch;

namespace {

rapidjson::Document order(const char* json) {
    rapidjson::Document document;
    document.Parse(json);
    REQUIRE_FALSE(document.HasParseError());
    return document;
}

bool matches(const std::string& search, const rapidjson::Document& rest_order) {
    const auto parsed = OrderSearch::parse(search);
    REQUIRE(parsed);
    return parsed->matches(rest_order);
}

const char* k_open_order = R"({"id":1,"created_at":"2026-03-01T12:00:00+02:00","updated_at":"2026-03-05T09:00:00-05:00",
  "fulfillment_status":null,"financial_status":"paid","cancelled_at":null})";

}  // namespace

TEST_CASE("R28 created_at and updated_at compare the stored REST time, offsets included, with the bound") {
    const auto open = order(k_open_order);
    CHECK(matches("created_at:>='2026-03-01T10:00:00Z'", open));  // 12:00+02:00 is 10:00Z
    CHECK_FALSE(matches("created_at:>'2026-03-01T10:00:00Z'", open));
    CHECK(matches("updated_at:>='2026-03-05T14:00:00Z'", open));
    CHECK_FALSE(matches("updated_at:>='2026-03-05T14:00:01Z'", open));
    CHECK(matches("updated_at:<'2026-03-06'", open));
    CHECK(matches("updated_at:>=\"2026-03-05T14:00:00Z\"", open));
    CHECK(matches("created_at:>=2026-03-01T10:00:00Z", open));
    CHECK_FALSE(matches("created_at:>='2026-03-01T10:00:00Z'", order(R"({"id":2})")));
}

TEST_CASE("R8 the initial import's negated terms leave out fulfilled, cancelled and refunded orders") {
    const std::string search =
        "created_at:>='2026-01-01T00:00:00Z' AND -fulfillment_status:fulfilled AND "
        "-status:cancelled AND -financial_status:refunded";
    CHECK(matches(search, order(k_open_order)));
    CHECK_FALSE(
        matches(search, order(R"({"id":1,"created_at":"2026-03-01T12:00:00Z","fulfillment_status":"fulfilled"})")));
    CHECK(matches(search, order(R"({"id":1,"created_at":"2026-03-01T12:00:00Z","fulfillment_status":"partial"})")));
    CHECK_FALSE(matches(
        search, order(R"({"id":1,"created_at":"2026-03-01T12:00:00Z","cancelled_at":"2026-03-02T12:00:00Z"})")));
    CHECK_FALSE(
        matches(search, order(R"({"id":1,"created_at":"2026-03-01T12:00:00Z","financial_status":"refunded"})")));
    CHECK(matches(search,
                  order(R"({"id":1,"created_at":"2026-03-01T12:00:00Z","financial_status":"partially_refunded"})")));
    CHECK_FALSE(matches(search, order(R"({"id":1,"created_at":"2025-12-31T23:59:59Z"})")));
}

TEST_CASE("R8 statuses match without negation too; an empty search matches every order") {
    CHECK(matches("fulfillment_status:unfulfilled", order(k_open_order)));
    CHECK(matches("status:open", order(k_open_order)));
    CHECK(matches("status:closed", order(R"({"id":1,"closed_at":"2026-03-02T12:00:00Z"})")));
    CHECK(matches("financial_status:paid", order(k_open_order)));
    CHECK(matches("", order(R"({"id":1})")));
    CHECK(matches("status:open created_at:>='2026-01-01'", order(k_open_order)));  // a space is AND too
}

TEST_CASE("a term the local Shopify does not know is refused by name") {
    for (const std::string term : {"tag:wholesale", "status:archived", "created_at:>='yesterday'", "fulfilled",
                                   "-financial_status:bogus", "OR"}) {
        INFO(term);
        const auto parsed = OrderSearch::parse("updated_at:>='2026-01-01T00:00:00Z' AND " + term);
        REQUIRE_FALSE(parsed);
        CHECK_THAT(parsed.error().message, Catch::Contains("\"" + term + "\""));
    }
}
