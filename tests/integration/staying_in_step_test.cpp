// Staying in step with Shopify whatever its webhooks do (R11, R28): reconciliation, the
// webhook subscriptions, and the initial import of a newly connected store's history,
// against the local Shopify over real HTTPS.
#include <chrono>
#include <fstream>
#include <set>
#include <thread>

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "host/store/host_store.hpp"
#include "tests/integration/import_harness.hpp"
#include "tests/support/child_process.hpp"
#include "tests/support/paths.hpp"

using test_support::HarnessOptions;
using test_support::ImportHarness;

namespace {

using Clock = std::chrono::system_clock;

std::string iso_days_ago(int days) {
    return host_api::format_iso8601(
        std::chrono::time_point_cast<std::chrono::seconds>(Clock::now() - std::chrono::hours(24 * days)));
}

struct ShopOrder {
    long long id = 0;
    int created_days_ago = 3;
    int quantity = 1;
    std::string financial_status = "paid";
    bool fulfilled = false;
    bool cancelled = false;
};

std::string order_json(const ShopOrder& order) {
    const auto id = std::to_string(order.id);
    const auto created = iso_days_ago(order.created_days_ago);
    return R"({"id":)" + id + R"(,"name":"#)" + id + R"(","currency":"UAH","total_price":"245.00",)" +
           R"("created_at":")" + created + R"(","updated_at":")" + created + R"(",)" + R"("financial_status":")" +
           order.financial_status + R"(",)" + R"("fulfillment_status":)" +
           (order.fulfilled ? R"("fulfilled")" : "null") + "," + R"("cancelled_at":)" +
           (order.cancelled ? "\"" + created + "\"" : "null") + "," + R"("line_items":[{"id":)" + id +
           R"(1,"name":"Мед","title":"Мед","sku":"HONEY-500","quantity":)" + std::to_string(order.quantity) +
           R"(,"price":"245.00"}]})";
}

// 500 orders the shop had before it connected: 300 open ones of the last 2 months, and
// 50 each fulfilled, cancelled, refunded, and older than 2 months.
std::string shop_history(std::set<std::string>& expected) {
    std::string out = "[";
    for (int i = 0; i < 500; ++i) {
        ShopOrder order;
        order.id = 7100000000000 + i;
        order.created_days_ago = 3 + i % 50;
        if (i >= 300 && i < 350)
            order.fulfilled = true;
        else if (i >= 350 && i < 400)
            order.cancelled = true;
        else if (i >= 400 && i < 450)
            order.financial_status = "refunded";
        else if (i >= 450)
            order.created_days_ago = 70 + i % 30;
        else
            expected.insert(std::to_string(order.id));
        out += (i == 0 ? "" : ",") + order_json(order);
    }
    return out + "]";
}

std::set<std::string> external_ids(const rapidjson::Document& orders) {
    std::set<std::string> ids;
    for (const auto& order : orders.GetArray()) ids.insert(order["external_id"].GetString());
    return ids;
}

std::string stores_list(const std::filesystem::path& data) {
    return test_support::run_command(
               {test_support::host_executable().string(), "--data", data.string(), "stores", "list"})
        .out;
}

}  // namespace

TEST_CASE("R11 R28 with webhooks off, 100 changed orders reach the host by reconciliation within two intervals") {
    HarnessOptions options;
    options.reconcile_interval_seconds = 5;
    options.plan = sim::shopify::Plan::plus;
    ImportHarness harness(options);
    for (int i = 0; i < 100; ++i) REQUIRE(harness.post_order(order_json({7200000000000 + i, 3})));
    REQUIRE(harness.eventually([&] { return harness.dump("orders").Size() == 100; }, std::chrono::seconds(60)));
    REQUIRE(harness.control("/_sim/webhooks", R"({"enabled": false})") == 200);
    for (int i = 0; i < 100; ++i) REQUIRE(harness.post_order(order_json({7200000000000 + i, 3, 4})));
    const auto changed = std::chrono::steady_clock::now();
    const auto all_changed = [&] {
        const auto orders = harness.dump("orders");
        for (const auto& order : orders.GetArray())
            if (order["items"][0]["quantity"].GetInt64() != 4) return false;
        return orders.Size() == 100;
    };
    // Two intervals, and time to fetch and import 100 orders on a shared machine.
    REQUIRE(harness.eventually(all_changed, std::chrono::seconds(2 * 5 + 50)));
    WARN("reconciled 100 changed orders in "
         << std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - changed).count()
         << " ms");
    CHECK(harness.dump("orders").Size() == 100);  // nothing doubled
    // The client sizes its own bucket from every answer: Shopify rarely has to say THROTTLED.
    const auto throttled = harness.sim_stats()["throttled"].GetInt();
    WARN(throttled << " throttled answers");
    CHECK(throttled <= 2);
}

TEST_CASE("R11 R28 with its webhooks lost, an order posted with an updated_at months old arrives by reconciliation") {
    HarnessOptions options;
    options.reconcile_interval_seconds = 5;
    ImportHarness harness(options);
    REQUIRE(harness.control("/_sim/webhooks", R"({"enabled": false})") == 200);
    // Created and last changed 90 days ago by what it says: older than the initial import's
    // 2 months and than any reconciliation window. The local Shopify stamps updated_at now,
    // as Shopify does, so reconciliation lists it.
    const ShopOrder old_order{7400000000001, 90};
    REQUIRE(harness.post_order(order_json(old_order)));
    // The same kind of order with its old updated_at kept: no round ever lists it, which is
    // what the local Shopify did before it stamped new orders.
    REQUIRE(harness.control("/_sim/orders?keep_updated_at=true", order_json({7400000000002, 90})) == 201);
    // Two intervals, and time to fetch and import on a shared machine.
    REQUIRE(harness.eventually([&] { return harness.dump("orders").Size() >= 1; }, std::chrono::seconds(2 * 5 + 30)));
    const auto orders = harness.dump("orders");
    REQUIRE(orders.Size() == 1);
    CHECK(std::string(orders[0]["external_id"].GetString()) == "7400000000001");
    // Its creation time is still the shop's, 90 days ago.
    CHECK(std::string(orders[0]["created_external"].GetString()).substr(0, 10) == iso_days_ago(90).substr(0, 10));
    CHECK(harness.sim_stats()["webhooks_sent"].GetUint64() == 0);
}

TEST_CASE("R28 the webhook subscriptions are registered at connect, and a deleted one is registered again") {
    HarnessOptions options;
    options.reconcile_interval_seconds = 5;  // subscriptions are looked at every other round
    ImportHarness harness(options);
    REQUIRE(harness.eventually([&] { return harness.sim_subscription_count() == 5; }));
    // The settings page shows the webhook status while all is well.
    CHECK(harness.eventually([&] {
        return stores_list(harness.data_dir()).find("\"webhook_status\":\"5 of 5 webhook topics subscribed") !=
               std::string::npos;
    }));
    REQUIRE(harness.control("/_sim/webhooks/subscriptions/delete", R"({"all": true})") == 200);
    CHECK(harness.sim_subscription_count() == 0);
    CHECK(harness.eventually([&] { return harness.sim_subscription_count() == 5; }, std::chrono::seconds(30)));
    // Removing the store deletes them, where the shop still lets the plugin.
    const auto removed = test_support::run_command(
        {test_support::host_executable().string(), "--data", harness.data_dir().string(), "stores", "remove", "1"});
    REQUIRE(removed.exit_code == 0);
    CHECK(harness.eventually([&] { return harness.sim_subscription_count() == 0; }));
}

TEST_CASE("R28 a shop that refuses webhook subscriptions is shown on the store, which runs on reconciliation") {
    HarnessOptions options;
    options.reconcile_interval_seconds = 5;
    options.hand_made_webhook = false;
    options.refuse_subscriptions = true;
    ImportHarness harness(options);
    REQUIRE(harness.eventually([&] {
        return stores_list(harness.data_dir()).find("stays in step by reconciliation alone") != std::string::npos;
    }));
    // The orders topics carry protected customer data; app/uninstalled is still subscribed.
    CHECK(stores_list(harness.data_dir()).find("\"webhook_status\":\"1 of 5 webhook topics subscribed") !=
          std::string::npos);
    REQUIRE(harness.post_order(order_json({7300000000001, 0})));
    CHECK(harness.eventually([&] { return harness.dump("orders").Size() == 1; }, std::chrono::seconds(30)));
}

TEST_CASE("R3 R25 a currency mismatch and a Basic plan are shown on the store when it connects") {
    HarnessOptions options;
    options.plan = sim::shopify::Plan::basic;
    options.shop_currency = "EUR";
    ImportHarness harness(options);
    REQUIRE(harness.eventually([&] {
        const auto listed = stores_list(harness.data_dir());
        return listed.find("The shop sells in EUR and the host counts in UAH") != std::string::npos &&
               listed.find("withholds clients' names, phones and addresses") != std::string::npos;
    }));
}

TEST_CASE("R11 a newly connected store imports its open orders of the last 2 months, and shows the progress") {
    std::set<std::string> expected;
    HarnessOptions options;
    options.plan = sim::shopify::Plan::plus;
    options.existing_orders_json = shop_history(expected);
    ImportHarness harness(options);
    REQUIRE(harness.eventually([&] { return harness.dump("orders").Size() >= expected.size(); },
                               std::chrono::seconds(120)));
    CHECK(external_ids(harness.dump("orders")) == expected);
    CHECK(harness.eventually([&] {
        return stores_list(harness.data_dir()).find("Initial import done: 300 open orders") != std::string::npos;
    }));
    // The same status through the host's JSON API, for the settings page.
    const auto stores = harness.call_api("GET", "/api/stores", "owner");
    CHECK(stores.status == 200);
    CHECK(stores.body.find("\"initial_import\":\"Initial import done: 300 open orders") != std::string::npos);
    CHECK(stores.body.find("integration-client-secret") == std::string::npos);
    CHECK(harness.call_api("GET", "/api/stores", "cashier").status == 403);
}

TEST_CASE("R28 the initial import killed with SIGKILL resumes on restart: nothing doubled, nothing missing") {
    test_support::TempDir dir;
    const auto data = dir / "data";
    std::set<std::string> expected;
    sim::shopify::SimOptions sim_options;
    sim_options.shop_domain = "kyiv-honey.myshopify.com";
    sim_options.token = "shpat_resume_token";
    sim_options.client_secret = "resume-secret";
    sim_options.plan = sim::shopify::Plan::plus;
    sim::shopify::ShopifySim shop(sim_options);
    rapidjson::Document history;
    history.Parse(shop_history(expected).c_str());
    shop.load_orders(history);
    std::ofstream(dir / "ca.pem") << shop.ca_pem();
    const auto host = test_support::host_executable().string();
    REQUIRE(test_support::run_command({host,
                                       "--data",
                                       data.string(),
                                       "stores",
                                       "add",
                                       "--name",
                                       "Kyiv Honey",
                                       "--domain",
                                       "kyiv-honey.myshopify.com",
                                       "--token",
                                       "shpat_resume_token",
                                       "--client-secret",
                                       "resume-secret",
                                       "--order-type",
                                       "Online order",
                                       "--identify-by",
                                       "sku",
                                       "--api-url",
                                       shop.url(),
                                       "--ca-file",
                                       (dir / "ca.pem").string()})
                .exit_code == 0);
    const std::vector<std::string> serve{
        host, "--data", data.string(), "serve", "--listen", "127.0.0.1:0", "--allow-loopback-outbound"};
    const auto imported = [&] {
        rapidjson::Document orders;
        orders.Parse(test_support::run_command({host, "--data", data.string(), "dump", "orders"}).out.c_str());
        return orders;
    };
    {
        // Watched in-process (SQLite in WAL lets a reader in beside the host), so the kill
        // lands while the file is being imported, not after.
        auto store = host::store::HostStore::open(data);
        REQUIRE(store);
        const auto imported_now = [&] {
            auto records = (*store)->imports().import_records(host_api::k_import_imported);
            return records ? records->size() : 0u;
        };
        test_support::ChildProcess first(serve, dir.path());
        const auto started = std::chrono::steady_clock::now();
        while (imported_now() < 20 && std::chrono::steady_clock::now() - started < std::chrono::seconds(60))
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        first.signal(SIGKILL);
        first.wait(std::chrono::seconds(10));
    }
    const auto at_kill = imported().Size();
    WARN("killed after " << at_kill << " of " << expected.size() << " orders");
    test_support::ChildProcess second(serve, dir.path());
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (imported().Size() < expected.size() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const auto orders = imported();
    INFO(second.err().substr(0, 2000));
    CHECK(orders.Size() == expected.size());  // nothing doubled
    CHECK(external_ids(orders) == expected);  // nothing missing
}
