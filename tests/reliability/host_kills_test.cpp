// R28: the host process (exchange-host serve) is killed with SIGKILL 20
// times while 10,000 orders come in by webhook, and started again on the same data folder
// and port each time; Shopify retries what a dead host did not answer. Nothing is lost,
// nothing doubled.
#include <signal.h>

#include <chrono>
#include <fstream>
#include <future>
#include <iostream>
#include <memory>
#include <set>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "host/store/host_store.hpp"
#include "tests/reliability/host_database_check.hpp"
#include "tests/reliability/order_poster.hpp"
#include "tests/reliability/reliability_order.hpp"
#include "tests/sim/shopify/shopify_sim.hpp"
#include "tests/sim/shopify/sim_stats.hpp"
#include "tests/support/child_process.hpp"
#include "tests/support/free_port.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

constexpr const char* k_shop_domain = "kyiv-honey.myshopify.com";
constexpr const char* k_token = "shpat_reliability_kills";
constexpr const char* k_secret = "reliability-kills-secret";

// The store connected through the command line, as a shop owner would.
void connect_store(const std::filesystem::path& data, const sim::shopify::ShopifySim& shop,
                   const std::filesystem::path& ca_file) {
    const auto added = test_support::run_command(
        {test_support::host_executable().string(), "--data", data.string(), "stores", "add", "--name", "Kyiv Honey",
         "--domain", k_shop_domain, "--token", k_token, "--client-secret", k_secret, "--order-type", "Online order",
         "--identify-by", "sku", "--reconcile-interval-seconds", "15", "--api-url", shop.url(), "--ca-file",
         ca_file.string()});
    INFO(added.err);
    REQUIRE(added.exit_code == 0);
}

}  // namespace

TEST_CASE("R28 20 SIGKILLs of the host during a 10000-order import lose none and double none") {
    constexpr int k_orders = 10000;
    constexpr int k_kills = 20;
    constexpr std::int64_t k_first_id = 8300000000000;
    test_support::TempDir dir;
    const auto data = dir / "data";
    const auto port = test_support::free_loopback_port();
    sim::shopify::SimOptions sim_options;
    sim_options.shop_domain = k_shop_domain;
    sim_options.token = k_token;
    sim_options.client_secret = k_secret;
    sim_options.plan = sim::shopify::Plan::plus;
    sim_options.webhook_url = "http://127.0.0.1:" + std::to_string(port) + "/webhooks/shopify";
    sim_options.threads = 2;
    sim::shopify::ShopifySim shop(sim_options);
    const auto ca_file = dir / "ca.pem";
    std::ofstream(ca_file) << shop.ca_pem();
    connect_store(data, shop, ca_file);
    const std::vector<std::string> serve{test_support::host_executable().string(),
                                         "--data",
                                         data.string(),
                                         "serve",
                                         "--listen",
                                         "127.0.0.1:" + std::to_string(port),
                                         "--allow-loopback-outbound"};

    const auto ids = [&](int n) { return reliability::order_id(k_first_id, n); };
    std::set<std::string> shop_ids;
    for (int n = 0; n < k_orders; ++n) shop_ids.insert(std::to_string(ids(n)));
    auto watched = host::store::HostStore::open(data);
    REQUIRE(watched);
    const auto imported = [&] {
        auto records = (*watched)->imports().import_records(host_api::k_import_imported);
        return records ? records->size() : 0u;
    };

    const auto started = std::chrono::steady_clock::now();
    auto host = std::make_unique<test_support::ChildProcess>(serve, dir.path());
    auto posting = std::async(std::launch::async, [&] {
        return reliability::post_orders(shop, ca_file, k_orders, ids);
    });
    // Kill k lands once k/21 of the orders are in, so the kills spread over the whole import;
    // a host that stalls is killed anyway after a minute.
    std::vector<std::size_t> imported_at_kill;
    for (int kill = 1; kill <= k_kills; ++kill) {
        const auto threshold = static_cast<std::size_t>(k_orders) * kill / (k_kills + 1);
        const auto limit = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (imported() < threshold && std::chrono::steady_clock::now() < limit)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        host->signal(SIGKILL);
        host->wait(std::chrono::seconds(10));
        imported_at_kill.push_back(imported());
        host.reset();
        host = std::make_unique<test_support::ChildProcess>(serve, dir.path());
    }
    const auto posted = posting.get();
    REQUIRE(posted.created == k_orders);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(20);
    while (imported() < static_cast<std::size_t>(k_orders) && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    const auto check = reliability::check_host_database(data, shop_ids);
    const auto sent = shop.stats().webhooks_sent.load();
    const auto attempts = shop.stats().webhook_attempts.load();
    std::cout << "[reliability] host kills: " << k_kills << " SIGKILLs at";
    for (const auto at : imported_at_kill) std::cout << " " << at;
    std::cout << " orders imported; webhook deliveries answered 2xx " << sent << ", attempts " << attempts
              << " (retries " << attempts - sent << "), given up " << shop.stats().webhooks_failed.load()
              << "; GraphQL requests " << shop.stats().graphql_requests.load() << "; " << check.summary() << "; "
              << static_cast<int>(seconds) << " s from the first order posted to all imported" << std::endl;
    INFO(check.summary());
    INFO(host->err().substr(0, 2000));
    CHECK(imported_at_kill.size() == k_kills);
    CHECK(check.whole());
}
