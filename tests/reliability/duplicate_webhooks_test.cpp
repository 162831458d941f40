// R11 R28: every webhook delivered three times with its one webhook id,
// as Shopify does on a retry, in shuffled order, makes each order exactly once.
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

TEST_CASE("R11 R28 1000 webhooks each delivered 3 times in shuffled order make exactly 1000 orders") {
    constexpr int k_orders = 1000;
    constexpr int k_copies = 3;
    constexpr std::int64_t k_first_id = 8100000000000;
    HarnessOptions options;
    options.plan = sim::shopify::Plan::plus;
    // Only the plugin's own subscriptions, one per topic: each order is one webhook. And no
    // reconciliation round during the run, so webhooks alone bring the orders.
    options.hand_made_webhook = false;
    options.reconcile_interval_seconds = 3600;
    ImportHarness harness(options);
    REQUIRE(harness.eventually([&] { return harness.sim_subscription_count() == 5; }));
    REQUIRE(harness.control("/_sim/webhooks", R"({"duplicate": 2, "reorder": true})") == 200);

    const auto ca_file = harness.data_dir().parent_path() / "reliability-ca.pem";
    std::ofstream(ca_file) << harness.sim().ca_pem();
    const auto ids = [&](int n) { return reliability::order_id(k_first_id, n); };
    const auto posted = reliability::post_orders(harness.sim(), ca_file, k_orders, ids);
    REQUIRE(posted.created == k_orders);
    std::set<std::string> shop_ids;
    for (int n = 0; n < k_orders; ++n) shop_ids.insert(std::to_string(ids(n)));

    const auto started = std::chrono::steady_clock::now();
    REQUIRE(harness.control("/_sim/webhooks/flush", R"({"shuffle_seed": 11})") == 200);
    const auto delivered = [&] {
        const auto stats = harness.sim_stats();
        return stats["webhooks_sent"].GetUint64() + stats["webhooks_failed"].GetUint64() >=
               static_cast<std::uint64_t>(k_orders * k_copies);
    };
    REQUIRE(harness.eventually(delivered, std::chrono::seconds(600)));
    REQUIRE(harness.imports_settled(k_orders));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    const auto check = reliability::check_host_database(harness.dump("orders"), harness.dump("feed"),
                                                        harness.dump("contacts"), shop_ids);
    const auto stats = harness.sim_stats();
    std::cout << "[reliability] duplicate webhooks: " << k_orders << " webhooks x " << k_copies
              << " deliveries, shuffled; deliveries answered 2xx " << stats["webhooks_sent"].GetUint64()
              << ", attempts " << stats["webhook_attempts"].GetUint64() << ", given up "
              << stats["webhooks_failed"].GetUint64() << "; " << check.summary() << "; "
              << static_cast<int>(seconds * 10) / 10.0 << " s from the first delivery to all imported" << std::endl;
    INFO(check.summary());
    CHECK(check.whole());
    CHECK(check.contacts == 500);  // R26: one contact per phone
    CHECK(stats["webhooks_failed"].GetUint64() == 0);
    CHECK(harness.dump("imports").Size() == k_orders);
}
