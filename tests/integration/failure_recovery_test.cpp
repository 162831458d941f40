#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <signal.h>

#include <fstream>
#include <set>
#include <thread>

#include <catch2/catch.hpp>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "tests/integration/import_harness.hpp"
#include "tests/support/child_process.hpp"
#include "tests/support/free_port.hpp"
#include "tests/support/paths.hpp"

using test_support::HarnessOptions;
using test_support::ImportHarness;

namespace {

// A small UAH order with this id; quantity and line ids follow the id.
std::string recovery_order_json(std::int64_t id) {
    const auto n = std::to_string(id);
    return std::string(R"({"id":)") + n + R"(,"name":"#)" + n + R"(","currency":"UAH","total_price":"245.00",)" +
           R"("created_at":"2026-11-27T09:00:00+02:00","updated_at":"2026-11-27T09:00:00+02:00",)" +
           R"("customer":{"id":77,"first_name":"Олена","last_name":"Коваленко","phone":"0671234567"},)" +
           R"("line_items":[{"id":)" + n + R"(01,"name":"Мед","title":"Мед","sku":"HONEY-500","quantity":1,)" +
           R"("price":"245.00","product_id":8101,"variant_id":4701,"variant_title":""}]})";
}

std::string hmac_base64(const std::string& secret, const std::string& body) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
         reinterpret_cast<const unsigned char*>(body.data()), body.size(), digest, &length);
    std::string out(4 * ((length + 2) / 3), '\0');
    out.resize(EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), digest, static_cast<int>(length)));
    return out;
}

std::size_t count_orders(ImportHarness& harness) { return harness.dump("orders").Size(); }

}  // namespace

TEST_CASE("R27 a signed but malformed payload is refused with a clear error and kept in the imports log") {
    ImportHarness harness;
    host::http::OutboundClient client({}, true);
    const std::string body = R"({"id": 5901, "name": "#1001", )";  // cut off
    host_api::OutboundRequest request;
    request.url = "http://127.0.0.1:" + std::to_string(harness.host().port()) + "/webhooks/shopify";
    request.body = body;
    request.headers = {{"X-Shopify-Topic", "orders/create"},
                       {"X-Shopify-Shop-Domain", "kyiv-honey.myshopify.com"},
                       {"X-Shopify-Webhook-Id", "broken-1"},
                       {"X-Shopify-Hmac-Sha256", hmac_base64("integration-client-secret", body)}};
    auto response = client.send(request);
    REQUIRE(response);
    CHECK(response->status == 400);
    CHECK(response->body.find("malformed JSON") != std::string::npos);
    const auto imports = harness.dump("imports");
    REQUIRE(imports.Size() == 1);
    CHECK(std::string(imports[0]["state"].GetString()) == "failed");
    CHECK(std::string(imports[0]["reason"].GetString()).find("malformed JSON") != std::string::npos);
    CHECK(harness.log().find("webhook broken-1 from kyiv-honey.myshopify.com refused: malformed JSON") !=
          std::string::npos);
    // Already imported orders are untouched: a good one still comes in afterwards.
    REQUIRE(harness.post_order(recovery_order_json(5902)));
    CHECK(harness.eventually([&] { return count_orders(harness) == 1; }));
}

TEST_CASE("R28 with 10% of API calls failing (429, 5xx, dropped connections) every order is imported once") {
    ImportHarness harness(HarnessOptions{sim::shopify::Plan::advanced});
    REQUIRE(harness.control("/_sim/faults", R"({"rate":0.1,"kinds":["429","500","drop"],"seed":7})") == 200);
    constexpr int k_orders = 60;
    for (int i = 0; i < k_orders; ++i) REQUIRE(harness.post_order(recovery_order_json(7000 + i)));
    REQUIRE(harness.eventually([&] { return count_orders(harness) == k_orders; }, std::chrono::seconds(120)));
    const auto orders = harness.dump("orders");
    std::set<std::string> ids;
    for (const auto& order : orders.GetArray()) ids.insert(order["external_id"].GetString());
    CHECK(ids.size() == k_orders);
    const auto contacts = harness.dump("contacts");
    CHECK(contacts.Size() == 1);  // R26: one phone, one contact, whatever the retries
    const auto stats = harness.sim_stats();
    CHECK(stats["graphql_requests"].GetInt() > 0);
}

TEST_CASE("R28 the host killed with SIGKILL mid-import and restarted: nothing doubled, nothing missing") {
    test_support::TempDir dir;
    const auto data = dir / "data";
    const auto port = test_support::free_loopback_port();
    const std::string webhook_url = "http://127.0.0.1:" + std::to_string(port) + "/webhooks/shopify";
    sim::shopify::SimOptions sim_options;
    sim_options.shop_domain = "kyiv-honey.myshopify.com";
    sim_options.token = "shpat_kill_token";
    sim_options.client_secret = "kill-secret";
    sim_options.plan = sim::shopify::Plan::plus;
    sim_options.webhook_url = webhook_url;
    sim::shopify::ShopifySim shop(sim_options);
    std::ofstream(dir / "ca.pem") << shop.ca_pem();
    const auto host = test_support::host_executable().string();
    const auto add = test_support::run_command(
        {host, "--data", data.string(), "stores", "add", "--name", "Kyiv Honey", "--domain", "kyiv-honey.myshopify.com",
         "--token", "shpat_kill_token", "--client-secret", "kill-secret", "--order-type", "Online order",
         "--identify-by", "sku", "--api-url", shop.url(), "--ca-file", (dir / "ca.pem").string()});
    REQUIRE(add.exit_code == 0);
    const std::vector<std::string> serve{host, "--data", data.string(), "serve", "--listen",
                                         "127.0.0.1:" + std::to_string(port), "--allow-loopback-outbound"};
    constexpr int k_orders = 300;
    const auto dump = [&] { return test_support::run_command({host, "--data", data.string(), "dump", "orders"}).out; };
    const auto count = [&](const std::string& json) {
        rapidjson::Document doc;
        doc.Parse(json.c_str());
        return doc.IsArray() ? doc.Size() : 0u;
    };
    host::http::OutboundClient client({}, true);
    const auto send = [&](int from, int to) {
        for (int i = from; i < to; ++i) {
            host_api::OutboundRequest request;
            request.url = shop.url("/_sim/orders");
            request.body = recovery_order_json(9000 + i);
            request.ca_file = (dir / "ca.pem").string();
            REQUIRE(client.send(request));
        }
    };
    {
        // Half the orders, and the host is killed while their webhooks are imported; the
        // other half arrive while it is down (Shopify retries them).
        test_support::ChildProcess first(serve, dir.path());
        send(0, k_orders / 2);
        const auto started = std::chrono::steady_clock::now();
        while (count(dump()) == 0 && std::chrono::steady_clock::now() - started < std::chrono::seconds(60))
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        first.signal(SIGKILL);
        first.wait(std::chrono::seconds(10));
    }
    send(k_orders / 2, k_orders);
    test_support::ChildProcess second(serve, dir.path());
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(180);
    while (count(dump()) < k_orders && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    rapidjson::Document orders;
    orders.Parse(dump().c_str());
    std::set<std::string> ids;
    for (const auto& order : orders.GetArray()) ids.insert(order["external_id"].GetString());
    INFO(second.err().substr(0, 2000));
    CHECK(orders.Size() == k_orders);  // nothing doubled
    CHECK(ids.size() == k_orders);     // nothing missing
}

TEST_CASE("app/uninstalled marks the store disconnected and its imported orders stay") {
    ImportHarness harness;
    REQUIRE(harness.post_order(recovery_order_json(5903)));
    REQUIRE(harness.eventually([&] { return count_orders(harness) == 1; }));
    host::http::OutboundClient client({}, true);
    const std::string body = R"({"id":1,"name":"Kyiv Honey","domain":"kyiv-honey.myshopify.com"})";
    host_api::OutboundRequest request;
    request.url = "http://127.0.0.1:" + std::to_string(harness.host().port()) + "/webhooks/shopify";
    request.body = body;
    request.headers = {{"X-Shopify-Topic", "app/uninstalled"},
                       {"X-Shopify-Shop-Domain", "kyiv-honey.myshopify.com"},
                       {"X-Shopify-Webhook-Id", "uninstalled-1"},
                       {"X-Shopify-Hmac-Sha256", hmac_base64("integration-client-secret", body)}};
    auto response = client.send(request);
    REQUIRE(response);
    CHECK(response->status == 200);
    CHECK(harness.eventually([&] {
        auto connection = harness.host().store().connections().find(1);
        return connection && *connection && !(*connection)->connected;
    }));
    CHECK(harness.eventually([&] { return harness.log().find("store connection 1 removed") != std::string::npos; }));
    CHECK(count_orders(harness) == 1);
    // The store no longer takes webhooks.
    request.headers[2].second = "uninstalled-2";
    auto after = client.send(request);
    REQUIRE(after);
    CHECK(after->status == 404);
}
