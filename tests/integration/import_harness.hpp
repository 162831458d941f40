#pragma once
// The whole import path for integration tests: the reference host (HostRuntime, the real
// plugin and adapters from the build, SQLite on a temp folder, HTTP on a free loopback
// port) connected to the local Shopify running in-process; webhooks travel over real HTTP.
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include <rapidjson/document.h>
#include <spdlog/logger.h>

#include "host/http/outbound_client.hpp"
#include "host/runtime/host_runtime.hpp"
#include "tests/sim/shopify/shopify_sim.hpp"
#include "tests/support/temp_dir.hpp"

namespace test_support {

// The shop the harness connects, and the tests that speak to the host as that shop.
inline constexpr const char* k_harness_shop_domain = "kyiv-honey.myshopify.com";

struct HarnessOptions {
    sim::shopify::Plan plan = sim::shopify::Plan::grow;
    std::string host_currency = "UAH";
    std::string shop_currency = "UAH";
    std::string identify_by = "sku";
    std::string store_name = "Kyiv Honey";
    // Connect with a client id (client credentials grant) instead of the static token.
    bool client_credentials = false;
    int reconcile_interval_seconds = 60;
    // Orders the shop has before the store connects (REST shape, a JSON array): no webhooks.
    std::string existing_orders_json{};
    // A subscription made by hand in the Shopify admin (the sim's --webhook-url).
    bool hand_made_webhook = true;
    // The shop answers webhookSubscriptionCreate with userErrors.
    bool refuse_subscriptions = false;
};

class ImportHarness {
public:
    explicit ImportHarness(HarnessOptions options = {});
    ~ImportHarness();

    host::runtime::HostRuntime& host() { return *host_; }
    sim::shopify::ShopifySim& sim() { return *sim_; }
    const std::filesystem::path& data_dir() const { return data_dir_; }

    // The control API over HTTPS: true for a 2xx answer (201 for a new order).
    bool post_order(const std::string& rest_order_json);
    bool post_product(const std::string& rest_product_json);
    int control(const std::string& target, const std::string& body);
    rapidjson::Document sim_stats();
    // The host's JSON API as employee `login` (the token from DATA/run/api.json, or another).
    struct ApiAnswer {
        int status = 0;
        std::string body;
    };
    ApiAnswer call_api(const std::string& method, const std::string& path, const std::string& login,
                       const std::string& body = "", const std::string& token_override = "");
    // Any request to the host's HTTP server, as a browser would send it.
    host_api::OutboundResponse host_request(const std::string& method, const std::string& path,
                                            const host_api::HttpHeaders& headers = {}, const std::string& body = "");
    // Webhook subscriptions the plugin registered on the local Shopify.
    std::size_t sim_subscription_count();

    // dump_json of the host, parsed.
    rapidjson::Document dump(const std::string& kind);
    // Polls until the condition holds or the limit passes; generous, machines are shared.
    bool eventually(const std::function<bool()>& condition, std::chrono::seconds limit = std::chrono::seconds(30));
    // Waits until the imports log has `count` lines that are not pending.
    bool imports_settled(std::size_t count);
    // Waits until the store's initial import is done. A test whose orders change after
    // connect waits for it first: the import's bulk file is made 300 ms after it starts
    // and would otherwise hold whichever state of the orders the shop has then.
    bool initial_import_done();
    std::string log() const;

    // Stops the host (graceful) and starts it again on the same data folder.
    void restart_host();

private:
    void start_host();
    void connect_store();

    HarnessOptions options_;
    TempDir dir_;
    std::filesystem::path data_dir_;
    std::filesystem::path ca_file_;
    std::shared_ptr<std::ostringstream> log_lines_;
    std::shared_ptr<spdlog::logger> logger_;
    std::unique_ptr<host::runtime::HostRuntime> host_;
    std::unique_ptr<sim::shopify::ShopifySim> sim_;
    host::http::OutboundClient client_;
};

// A fixture file's bare REST order (the first one of a list), as JSON text.
std::string fixture_order(const std::string& relative_path);

}  // namespace test_support
