// The host's JSON API over real HTTP, with the real plugin and the local Shopify: manual
// refresh (R6, R7, R9) and adapter swap (R17), and the CLI that calls it.
#include <thread>

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "host/web_api/api_access.hpp"
#include "tests/integration/import_harness.hpp"
#include "tests/support/child_process.hpp"
#include "tests/support/paths.hpp"

using test_support::ImportHarness;

namespace {

const char* const k_order = R"({"id":5900000000777,"name":"#1777","currency":"UAH","total_price":"245.00",
  "created_at":"2026-11-27T09:00:00+02:00","updated_at":"2026-11-27T09:00:00+02:00",
  "line_items":[{"id":6600000000777,"name":"Мед","title":"Мед","sku":"HONEY-500","quantity":1,"price":"245.00"}]})";

test_support::CommandResult refresh(ImportHarness& harness, const std::string& order, const std::string& login) {
    return test_support::run_command({test_support::host_executable().string(), "--data", harness.data_dir().string(),
                                      "orders", "refresh", order, "--as", login});
}

std::int64_t imported_order(ImportHarness& harness) {
    REQUIRE(harness.post_order(k_order));
    REQUIRE(harness.eventually([&] { return harness.dump("orders").Size() == 1; }));
    return harness.dump("orders")[0]["id"].GetInt64();
}

ImportHarness::ApiAnswer call_api(ImportHarness& harness, const std::string& path, const std::string& login,
                                  const std::string& body, const std::string& token_override = "") {
    return harness.call_api("POST", path, login, body, token_override);
}

}  // namespace

TEST_CASE("R6 R9 orders refresh fetches the order again and refreshes Last update, then waits 10 minutes") {
    ImportHarness harness;
    const auto order = imported_order(harness);
    const auto synced_before = std::string(harness.dump("orders")[0]["last_synced"].GetString());
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // Last update has whole seconds
    const auto first = refresh(harness, std::to_string(order), "owner");
    INFO(first.err);
    REQUIRE(first.exit_code == 0);
    CHECK(first.out.find("\"refreshed\":true") != std::string::npos);
    CHECK(harness.eventually(
        [&] { return std::string(harness.dump("orders")[0]["last_synced"].GetString()) != synced_before; }));
    const auto again = refresh(harness, std::to_string(order), "manager");
    CHECK(again.exit_code == 1);
    CHECK(again.err.find("refreshed less than 10 minutes ago; try again in ") != std::string::npos);
    CHECK(harness.dump("orders").Size() == 1);  // nothing doubled
}

TEST_CASE("R9 the 10-minute rule holds across a restart of the host") {
    ImportHarness harness;
    const auto order = imported_order(harness);
    REQUIRE(refresh(harness, std::to_string(order), "owner").exit_code == 0);
    harness.restart_host();
    const auto after_restart = refresh(harness, std::to_string(order), "owner");
    CHECK(after_restart.exit_code == 1);
    CHECK(after_restart.err.find("try again in") != std::string::npos);
}

TEST_CASE("R7 an employee without the right may not refresh, and is told why") {
    ImportHarness harness;
    const auto order = imported_order(harness);
    const auto refused = refresh(harness, std::to_string(order), "cashier");
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("Cashier does not have the right \"Can add products without write-off\"") !=
          std::string::npos);
    CHECK(refresh(harness, std::to_string(order), "nobody").err.find("no employee with the login 'nobody'") !=
          std::string::npos);
}

TEST_CASE("the JSON API refuses a wrong token, and the token never appears in an answer") {
    ImportHarness harness;
    const auto order = imported_order(harness);
    const auto wrong = call_api(harness, "/api/orders/refresh", "owner",
                                "{\"order_ids\":[" + std::to_string(order) + "]}", "not-the-token");
    CHECK(wrong.status == 401);
    auto api = host::web_api::read_api_endpoint(harness.data_dir());
    REQUIRE(api);
    const auto right =
        call_api(harness, "/api/orders/refresh", "owner", "{\"order_ids\":[" + std::to_string(order) + "]}");
    CHECK(right.status == 200);
    CHECK(right.body.find(api->token) == std::string::npos);
    CHECK(harness.log().find(api->token) == std::string::npos);
    CHECK(call_api(harness, "/api/orders/refresh", "owner", "{\"orders\":1}").status == 400);
}

TEST_CASE("R17 an adapter is swapped through the JSON API, and a broken library is refused with its reason") {
    ImportHarness harness;
    const auto good = test_support::library_dir() / "libgeneric_adapter.so";
    const auto swapped = call_api(harness, "/api/adapters/swap", "owner",
                                  "{\"adapter\":\"generic\",\"library\":\"" + good.string() + "\"}");
    INFO(swapped.body);
    CHECK(swapped.status == 200);
    const auto broken = test_support::binary_dir() / "test_lib" / "libwrong_version_adapter.so";
    const auto refused = call_api(harness, "/api/adapters/swap", "owner",
                                  "{\"adapter\":\"generic\",\"library\":\"" + broken.string() + "\"}");
    CHECK(refused.status == 422);
    CHECK(refused.body.find("host API version") != std::string::npos);
    CHECK(refused.body.find("the adapter keeps its library") != std::string::npos);
    const auto listed = test_support::run_command(
        {test_support::host_executable().string(), "--data", harness.data_dir().string(), "adapters", "list"});
    CHECK(listed.out.find("\"swapped\":true") != std::string::npos);  // recorded, so a restart keeps it
    CHECK(listed.out.find(broken.string()) == std::string::npos);
    CHECK(call_api(harness, "/api/adapters/swap", "manager",
                   "{\"adapter\":\"generic\",\"library\":\"" + good.string() + "\"}")
              .status == 403);
}
