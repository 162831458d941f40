#include <catch2/catch.hpp>

#include <map>
#include <sstream>
#include <thread>

#include "tests/unit/sim/plugin_queries.hpp"
#include "tests/unit/sim/selection_shape.hpp"
#include "tests/unit/sim/sim_fixture.hpp"

using sim_test::RunningSim;
using sim_test::Selection;
using sim_test::text;

namespace {

constexpr const char* k_search =
    "created_at:>='2026-01-01T00:00:00Z' AND -fulfillment_status:fulfilled AND "
    "-status:cancelled AND -financial_status:refunded";

// The plugin's bulk selection with its $SEARCH placeholder replaced, as the plugin sends it.
std::string bulk_query(const std::string& search) {
    auto selection = sim_test::plugin_query("k_bulk_orders_selection");
    const auto at = selection.find("$SEARCH");
    REQUIRE(at != std::string::npos);
    return selection.replace(at, 7, search);
}

rapidjson::Document run_bulk(RunningSim& running, const std::string& search = k_search) {
    const auto answer =
        running.graphql(sim_test::graphql_body(sim_test::plugin_query("k_bulk_orders_run_query"), "BulkOrdersRun",
                                               "{\"query\":" + sim_test::json_string(bulk_query(search)) + "}"));
    REQUIRE(answer.status == 200);
    return answer.json();
}

rapidjson::Document status_of(RunningSim& running, const std::string& id) {
    const auto answer =
        running.graphql(sim_test::graphql_body(sim_test::plugin_query("k_bulk_operation_status_query"),
                                               "BulkOperationStatus", "{\"id\":" + sim_test::json_string(id) + "}"));
    REQUIRE(answer.status == 200);
    return answer.json();
}

// Polls until the operation is no longer CREATED or RUNNING.
rapidjson::Document finished(RunningSim& running, const std::string& id) {
    for (int i = 0; i < 200; ++i) {
        auto json = status_of(running, id);
        const auto status = text(json["data"]["node"]["status"]);
        if (status != "CREATED" && status != "RUNNING") return json;
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    FAIL("the bulk operation did not finish");
    return {};
}

std::string shape_text(const rapidjson::Value& value, const Selection& selection) {
    std::string problems;
    for (const auto& problem : sim_test::shape_problems(value, selection)) problems += problem + "\n";
    return problems;
}

std::string order(std::uint64_t id, const std::string& created_at, const std::string& extra, int lines) {
    std::string items;
    for (int line = 0; line < lines; ++line) {
        items += std::string(line > 0 ? "," : "") + R"({"id":)" + std::to_string(id * 10 + line) +
                 R"(,"name":"Line","title":"Line","sku":"S-)" + std::to_string(line) +
                 R"(","quantity":1,"price":"5.00","product_id":)" + std::to_string(700 + line) + R"(,"variant_id":)" +
                 std::to_string(800 + line) + "}";
    }
    return R"({"id":)" + std::to_string(id) + R"(,"name":"#)" + std::to_string(id) + R"(","created_at":")" +
           created_at + R"(","updated_at":")" + created_at + R"(","currency":"UAH","total_price":"10.00",)" +
           R"("email":"buyer@example.com","fulfillments":[{"tracking_numbers":["20450000000001"],)" +
           R"("tracking_company":"Nova Poshta"}])" + extra + R"(,"line_items":[)" + items + "]}";
}

// Five orders: two match the import's search (with 2 and 3 lines), three do not.
void load_five_orders(RunningSim& running) {
    const std::string orders =
        "[" + order(1002, "2026-02-01T10:00:00Z", "", 3) + "," + order(1001, "2026-01-15T10:00:00+02:00", "", 2) + "," +
        order(1003, "2025-12-31T10:00:00Z", "", 1) + "," +
        order(1004, "2026-02-02T10:00:00Z", R"(,"fulfillment_status":"fulfilled")", 1) + "," +
        order(1005, "2026-02-03T10:00:00Z", R"(,"cancelled_at":"2026-02-04T10:00:00Z")", 1) + "]";
    rapidjson::Document json;
    json.Parse(orders.c_str());
    REQUIRE(running.sim().load_orders(json) == 5);
}

// What one JSONL line of each kind must hold: the bulk selection's Order fields without
// lineItems, and its LineItem fields with __parentId.
std::pair<Selection, Selection> line_selections() {
    const auto root = sim_test::parse_selection(bulk_query(k_search));
    auto order_fields = root.fields.at("orders").fields.at("edges").fields.at("node");
    auto line_fields = order_fields.fields.at("lineItems").fields.at("edges").fields.at("node");
    order_fields.fields.erase("lineItems");
    line_fields.fields["__parentId"];
    return {order_fields, line_fields};
}

}  // namespace

TEST_CASE("R8 a bulk query goes CREATED, RUNNING, COMPLETED; its url serves the matching orders as JSONL") {
    RunningSim running;
    load_five_orders(running);
    REQUIRE(running.control("/_sim/bulk", R"({"duration_seconds":1.0})").status == 200);
    const auto started = run_bulk(running);
    REQUIRE_FALSE(started.HasMember("errors"));
    CHECK(shape_text(started["data"], sim_test::parse_selection(sim_test::plugin_query("k_bulk_orders_run_query"))) ==
          "");
    const auto& payload = started["data"]["bulkOperationRunQuery"];
    CHECK(payload["userErrors"].Size() == 0);
    CHECK(text(payload["bulkOperation"]["status"]) == "CREATED");
    const auto id = text(payload["bulkOperation"]["id"]);
    CHECK(id.rfind("gid://shopify/BulkOperation/", 0) == 0);
    CHECK(started["extensions"]["cost"]["requestedQueryCost"].GetInt() == 10);
    CHECK(started["extensions"]["cost"]["actualQueryCost"].GetInt() == 10);

    const auto running_status = status_of(running, id);
    const auto status_selection = sim_test::parse_selection(sim_test::plugin_query("k_bulk_operation_status_query"));
    CHECK(shape_text(running_status["data"], status_selection) == "");
    CHECK(text(running_status["data"]["node"]["status"]) == "RUNNING");
    CHECK(running_status["data"]["node"]["url"].IsNull());
    CHECK(running_status["extensions"]["cost"]["requestedQueryCost"].GetInt() == 1);

    const auto done = finished(running, id);
    CHECK(shape_text(done["data"], status_selection) == "");
    const auto& node = done["data"]["node"];
    REQUIRE(text(node["status"]) == "COMPLETED");
    CHECK(node["errorCode"].IsNull());
    CHECK(text(node["objectCount"]) == "7");  // 2 orders + 5 line items, as UnsignedInt64 text
    CHECK(text(node["rootObjectCount"]) == "2");
    CHECK(node["partialDataUrl"].IsNull());
    const auto url = text(node["url"]);
    const auto prefix = "https://127.0.0.1:" + std::to_string(running.sim().port());
    REQUIRE(url.rfind(prefix, 0) == 0);
    CHECK(url.substr(url.size() - 6) == ".jsonl");

    const auto file = running.request("GET", url.substr(prefix.size()));
    REQUIRE(file.status == 200);
    const auto [order_selection, line_selection] = line_selections();
    std::istringstream lines(file.body);
    std::string line;
    std::vector<std::string> orders;
    std::map<std::string, int> lines_of;
    while (std::getline(lines, line)) {
        rapidjson::Document json;
        json.Parse(line.c_str());
        REQUIRE_FALSE(json.HasParseError());
        if (!json.HasMember("__parentId")) {
            CHECK(shape_text(json, order_selection) == "");
            orders.push_back(text(json["id"]));
            CHECK(text(json["fulfillments"][0]["trackingInfo"][0]["number"]) == "20450000000001");
            continue;
        }
        CHECK(shape_text(json, line_selection) == "");
        // Parents before their children.
        REQUIRE_FALSE(orders.empty());
        CHECK(text(json["__parentId"]) == orders.back());
        ++lines_of[text(json["__parentId"])];
    }
    CHECK(orders == std::vector<std::string>{"gid://shopify/Order/1001", "gid://shopify/Order/1002"});
    CHECK(lines_of == std::map<std::string, int>{{"gid://shopify/Order/1001", 2}, {"gid://shopify/Order/1002", 3}});
    const auto stats = running.stats();
    CHECK(stats["bulk_operations"].GetUint64() == 1);
    CHECK(stats["bulk_downloads"].GetUint64() == 1);
}

TEST_CASE("R8 the JSONL is the snapshot taken at completion: later changes do not alter it") {
    RunningSim running;
    load_five_orders(running);
    REQUIRE(running.control("/_sim/bulk", R"({"duration_seconds":0.05})").status == 200);
    const auto id = text(run_bulk(running)["data"]["bulkOperationRunQuery"]["bulkOperation"]["id"]);
    const auto url = text(finished(running, id)["data"]["node"]["url"]);
    const auto path = url.substr(url.find("/_sim/"));
    const auto before = running.request("GET", path).body;
    REQUIRE(running.control("/_sim/orders", order(1006, "2026-03-01T10:00:00Z", "", 1)).status == 201);
    CHECK(running.request("GET", path).body == before);
    CHECK(running.request("GET", "/_sim/bulk/999.jsonl").status == 404);
}

TEST_CASE("R8 the JSONL is served in byte ranges as Shopify's storage serves it") {
    RunningSim running;
    load_five_orders(running);
    REQUIRE(running.control("/_sim/bulk", R"({"duration_seconds":0.05})").status == 200);
    const auto id = text(run_bulk(running)["data"]["bulkOperationRunQuery"]["bulkOperation"]["id"]);
    const auto url = text(finished(running, id)["data"]["node"]["url"]);
    const auto path = url.substr(url.find("/_sim/"));
    const auto whole = running.request("GET", path).body;
    REQUIRE(whole.size() > 40);
    const auto size = std::to_string(whole.size());
    const auto part = running.request("GET", path, "", {{"Range", "bytes=10-29"}});
    CHECK(part.status == 206);
    CHECK(part.body == whole.substr(10, 20));
    CHECK(part.header("Content-Range") == "bytes 10-29/" + size);
    // A range past the end is cut at the end; one starting past it is refused.
    const auto last = running.request("GET", path, "", {{"Range", "bytes=" + std::to_string(whole.size() - 5) + "-99999999"}});
    CHECK(last.status == 206);
    CHECK(last.body == whole.substr(whole.size() - 5));
    CHECK(running.request("GET", path, "", {{"Range", "bytes=" + size + "-"}}).status == 416);
}

TEST_CASE("R8 a second bulk query while one runs is refused as Shopify refuses it") {
    RunningSim running;
    REQUIRE(running.control("/_sim/bulk", R"({"duration_seconds":1})").status == 200);
    const auto first = run_bulk(running);
    const auto id = text(first["data"]["bulkOperationRunQuery"]["bulkOperation"]["id"]);
    const auto second = run_bulk(running);
    const auto& payload = second["data"]["bulkOperationRunQuery"];
    CHECK(payload["bulkOperation"].IsNull());
    REQUIRE(payload["userErrors"].Size() == 1);
    CHECK(payload["userErrors"][0]["field"].IsNull());
    CHECK(text(payload["userErrors"][0]["message"]) ==
          "A bulk query operation for this app and shop is already in progress: " + id + ".");
    CHECK(running.stats()["bulk_operations"].GetUint64() == 1);
    // Once it is done, the next one runs.
    REQUIRE(running.control("/_sim/bulk", R"({"duration_seconds":0})").status == 200);
    REQUIRE(text(finished(running, id)["data"]["node"]["status"]) == "COMPLETED");
    CHECK(run_bulk(running)["data"]["bulkOperationRunQuery"]["userErrors"].Size() == 0);
}

TEST_CASE("R8 fail_next makes the next bulk query FAIL with its errorCode, and only the next") {
    RunningSim running;
    load_five_orders(running);
    const auto set = running.control("/_sim/bulk", R"({"duration_seconds":0.05,"fail_next":"INTERNAL_SERVER_ERROR"})");
    REQUIRE(set.status == 200);
    CHECK(text(set.json()["fail_next"]) == "INTERNAL_SERVER_ERROR");
    const auto id = text(run_bulk(running)["data"]["bulkOperationRunQuery"]["bulkOperation"]["id"]);
    const auto failed = finished(running, id);
    const auto& node = failed["data"]["node"];
    CHECK(text(node["status"]) == "FAILED");
    CHECK(text(node["errorCode"]) == "INTERNAL_SERVER_ERROR");
    CHECK(node["url"].IsNull());
    CHECK(node["partialDataUrl"].IsNull());
    CHECK(running.request("GET", "/_sim/bulk").json()["fail_next"].IsNull());

    const auto next = text(run_bulk(running)["data"]["bulkOperationRunQuery"]["bulkOperation"]["id"]);
    CHECK(text(finished(running, next)["data"]["node"]["status"]) == "COMPLETED");
    CHECK(running.control("/_sim/bulk", R"({"fail_next":"BAD_LUCK"})").status == 400);
}

TEST_CASE("R8 an unknown bulk operation id is a null node; an unknown search term is a GraphQL error") {
    RunningSim running;
    CHECK(status_of(running, "gid://shopify/BulkOperation/424242")["data"]["node"].IsNull());
    const auto refused = run_bulk(running, "created_at:>='2026-01-01T00:00:00Z' AND sku:ABC");
    CHECK_FALSE(refused.HasMember("data"));
    CHECK_THAT(text(refused["errors"][0]["message"]), Catch::Contains("\"sku:ABC\""));
    CHECK(running.stats()["bulk_operations"].GetUint64() == 0);
}

TEST_CASE("R8 a bulk query nothing matches completes without a file, as Shopify's does") {
    RunningSim running;
    load_five_orders(running);
    REQUIRE(running.control("/_sim/bulk", R"({"duration_seconds":0})").status == 200);
    const auto id = text(run_bulk(
        running, "created_at:>='2030-01-01T00:00:00Z'")["data"]["bulkOperationRunQuery"]["bulkOperation"]["id"]);
    const auto done = finished(running, id);
    const auto& node = done["data"]["node"];
    CHECK(text(node["status"]) == "COMPLETED");
    CHECK(text(node["objectCount"]) == "0");
    CHECK(text(node["rootObjectCount"]) == "0");
    CHECK(node["url"].IsNull());
}

TEST_CASE("R25 on the Basic plan bulk results withhold customer data, as OrdersByIds does") {
    RunningSim running(sim_test::sim_options(sim::shopify::Plan::basic));
    load_five_orders(running);
    REQUIRE(running.control("/_sim/bulk", R"({"duration_seconds":0})").status == 200);
    const auto id = text(run_bulk(running)["data"]["bulkOperationRunQuery"]["bulkOperation"]["id"]);
    const auto url = text(finished(running, id)["data"]["node"]["url"]);
    const auto body = running.request("GET", url.substr(url.find("/_sim/"))).body;
    rapidjson::Document first;
    first.Parse(body.substr(0, body.find('\n')).c_str());
    CHECK(text(first["id"]) == "gid://shopify/Order/1001");
    CHECK(first["email"].IsNull());
    CHECK(first["customer"].IsNull());
}
