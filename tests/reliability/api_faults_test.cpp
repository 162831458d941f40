// R28: one GraphQL request in ten fails (429 with Retry-After, 500, or a
// connection closed without an answer) while 10,000 orders arrive; none is lost or doubled.
#include <chrono>
#include <fstream>
#include <iostream>
#include <set>

#include <catch2/catch.hpp>

#include "tests/integration/import_harness.hpp"
#include "tests/reliability/host_database_check.hpp"
#include "tests/reliability/order_poster.hpp"
#include "tests/reliability/reliability_order.hpp"

using test_support::HarnessOptions;
using test_support::ImportHarness;

TEST_CASE("R28 10 percent of API calls failing with 429, 5xx or drops over 10000 orders lose none") {
    constexpr int k_orders = 10000;
    constexpr std::int64_t k_first_id = 8200000000000;
    HarnessOptions options;
    options.plan = sim::shopify::Plan::plus;
    options.reconcile_interval_seconds = 30;
    ImportHarness harness(options);
    REQUIRE(harness.control("/_sim/faults", R"({"rate":0.1,"kinds":["429","500","drop"],"seed":11})") == 200);

    const auto ca_file = harness.data_dir().parent_path() / "reliability-ca.pem";
    std::ofstream(ca_file) << harness.sim().ca_pem();
    const auto ids = [&](int n) { return reliability::order_id(k_first_id, n); };
    std::set<std::string> shop_ids;
    for (int n = 0; n < k_orders; ++n) shop_ids.insert(std::to_string(ids(n)));
    const auto started = std::chrono::steady_clock::now();
    const auto posted = reliability::post_orders(harness.sim(), ca_file, k_orders, ids);
    REQUIRE(posted.created == k_orders);

    const auto imported = [&] {
        auto records = harness.host().store().imports().import_records(host_api::k_import_imported);
        return records ? records->size() : 0u;
    };
    REQUIRE(harness.eventually([&] { return imported() >= static_cast<std::size_t>(k_orders); },
                               std::chrono::seconds(1800)));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    const auto check = reliability::check_host_database(harness.dump("orders"), harness.dump("feed"),
                                                        harness.dump("contacts"), shop_ids);
    const auto stats = harness.sim_stats();
    std::cout << "[reliability] API faults: " << k_orders << " orders, GraphQL requests "
              << stats["graphql_requests"].GetUint64() << " of which failed on purpose "
              << stats["faults_injected"].GetUint64() << " (429, 500, dropped) and throttled "
              << stats["throttled"].GetUint64() << "; " << check.summary() << "; " << static_cast<int>(seconds)
              << " s from the first order posted to all imported" << std::endl;
    INFO(check.summary());
    CHECK(check.whole());
    CHECK(stats["faults_injected"].GetUint64() > 0);
}
