#include <catch2/catch.hpp>

#include <set>

#include "host_api/time.hpp"
#include "tests/unit/sim/plugin_queries.hpp"
#include "tests/unit/sim/selection_shape.hpp"
#include "tests/unit/sim/sim_fixture.hpp"

using sim_test::RunningSim;
using sim_test::text;

namespace {

constexpr const char* k_since = "2026-01-01T00:00:00Z";

std::string rest_time(int seconds_after_since) {
    auto formatted =
        host_api::format_iso8601(*host_api::parse_iso8601(k_since) + std::chrono::seconds(seconds_after_since));
    formatted.pop_back();
    return formatted + "+00:00";
}

std::string order(std::uint64_t id, const std::string& updated_at) {
    return R"({"id":)" + std::to_string(id) + R"(,"name":"#)" + std::to_string(id) +
           R"(","created_at":"2025-12-01T10:00:00+02:00","updated_at":")" + updated_at + R"(","line_items":[]})";
}

// 600 orders changed since k_since, three to a second, ids falling as time rises (so the
// id breaks ties, and ids of 3 and 4 digits are compared as numbers), and 20 changed before.
void load_paged_orders(RunningSim& running) {
    std::string orders = "[";
    for (int i = 0; i < 600; ++i) {
        const std::uint64_t id = i % 2 == 0 ? 999 - i : 2000 - i;
        orders += (i > 0 ? "," : "") + order(id, rest_time(i / 3));
    }
    for (int i = 0; i < 20; ++i) orders += "," + order(5000000 + i, rest_time(-3600 - i));
    orders += "]";
    rapidjson::Document json;
    json.Parse(orders.c_str());
    REQUIRE(running.sim().load_orders(json) == 620);
}

std::string variables(int first, const std::string& after, const std::string& search) {
    return "{\"first\":" + std::to_string(first) +
           ",\"after\":" + (after.empty() ? "null" : sim_test::json_string(after)) +
           ",\"query\":" + sim_test::json_string(search) + "}";
}

rapidjson::Document page(RunningSim& running, int first, const std::string& after,
                         const std::string& search = std::string("updated_at:>='") + k_since + "'") {
    const auto answer = running.graphql(sim_test::graphql_body(sim_test::plugin_query("k_updated_orders_query"),
                                                               "UpdatedOrders", variables(first, after, search)));
    REQUIRE(answer.status == 200);
    return answer.json();
}

struct Seen {
    host_api::Timestamp updated_at;
    std::uint64_t id;
    bool operator<(const Seen& other) const {
        return updated_at != other.updated_at ? updated_at < other.updated_at : id < other.id;
    }
};

}  // namespace

TEST_CASE("R28 UpdatedOrders pages through 600 changed orders by updatedAt then id, 250 at a time") {
    RunningSim running;
    load_paged_orders(running);
    const auto selection = sim_test::parse_selection(sim_test::plugin_query("k_updated_orders_query"));
    std::vector<Seen> seen;
    std::vector<std::size_t> sizes;
    std::string cursor;
    for (int round = 0; round < 5; ++round) {
        const auto json = page(running, 250, cursor);
        REQUIRE_FALSE(json.HasMember("errors"));
        CHECK(sim_test::shape_problems(json["data"], selection).empty());
        const auto& orders = json["data"]["orders"];
        for (const auto& node : orders["nodes"].GetArray()) {
            const auto id = text(node["id"]);
            REQUIRE(id.rfind("gid://shopify/Order/", 0) == 0);
            CHECK(text(node["updatedAt"]).back() == 'Z');
            seen.push_back({*host_api::parse_iso8601(text(node["updatedAt"])), std::stoull(id.substr(20))});
        }
        sizes.push_back(orders["nodes"].Size());
        const auto& cost = json["extensions"]["cost"];
        CHECK(cost["requestedQueryCost"].GetInt() == 2 + 250);
        CHECK(cost["actualQueryCost"].GetInt() == 2 + static_cast<int>(orders["nodes"].Size()));
        if (!orders["pageInfo"]["hasNextPage"].GetBool()) break;
        cursor = text(orders["pageInfo"]["endCursor"]);
    }
    CHECK(sizes == std::vector<std::size_t>{250, 250, 100});
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    std::set<std::uint64_t> ids;
    for (const auto& order : seen) ids.insert(order.id);
    CHECK(ids.size() == 600);
    CHECK(ids.count(999) == 1);
    CHECK(ids.count(1401) == 1);
    CHECK(ids.count(5000000) == 0);  // changed before the search's time
}

TEST_CASE("R28 an order changed between pages comes again at the end, after the orders not yet read") {
    RunningSim running;
    load_paged_orders(running);
    const auto first = page(running, 250, "");
    const auto& first_orders = first["data"]["orders"];
    const auto changed = text(first_orders["nodes"][0]["id"]).substr(20);
    REQUIRE(running.control("/_sim/orders", order(std::stoull(changed), rest_time(0))).status == 200);
    auto cursor = text(first_orders["pageInfo"]["endCursor"]);
    std::vector<std::string> rest;
    for (int round = 0; round < 5 && !cursor.empty(); ++round) {
        const auto json = page(running, 250, cursor);
        for (const auto& node : json["data"]["orders"]["nodes"].GetArray()) rest.push_back(text(node["id"]).substr(20));
        const auto& info = json["data"]["orders"]["pageInfo"];
        cursor = info["hasNextPage"].GetBool() ? text(info["endCursor"]) : "";
    }
    REQUIRE(rest.size() == 351);
    CHECK(rest.back() == changed);
}

TEST_CASE("R28 an empty page has a null endCursor; a cursor of no page or more than 250 is an error") {
    RunningSim running;
    load_paged_orders(running);
    const auto empty = page(running, 10, "", "updated_at:>='2030-01-01T00:00:00Z'");
    CHECK(empty["data"]["orders"]["nodes"].Size() == 0);
    CHECK_FALSE(empty["data"]["orders"]["pageInfo"]["hasNextPage"].GetBool());
    CHECK(empty["data"]["orders"]["pageInfo"]["endCursor"].IsNull());
    CHECK(empty["extensions"]["cost"]["actualQueryCost"].GetInt() == 2);

    const auto bad_cursor = page(running, 10, "not-a-cursor");
    CHECK_FALSE(bad_cursor.HasMember("data"));
    CHECK(text(bad_cursor["errors"][0]["message"]) == "Invalid cursor for current pagination sort.");
    const auto too_many = page(running, 251, "");
    CHECK_FALSE(too_many.HasMember("data"));
    CHECK_THAT(text(too_many["errors"][0]["message"]), Catch::Contains("250"));
}

TEST_CASE("R28 a search term the local Shopify does not know is a GraphQL error that names it") {
    RunningSim running;
    const auto json = page(running, 10, "", "updated_at:>='2026-01-01T00:00:00Z' AND tag:wholesale");
    CHECK_FALSE(json.HasMember("data"));
    const auto& error = json["errors"][0];
    CHECK_THAT(text(error["message"]), Catch::Contains("\"tag:wholesale\""));
    CHECK(text(error["extensions"]["code"]) == "UNSUPPORTED_SEARCH");
    CHECK(text(error["path"][0]) == "orders");
    CHECK(running.stats()["cost_used"].GetUint64() == 0);
}
