#include "tests/sim/shopify/shopify_sim.hpp"

#include <stdexcept>
#include <vector>

#include <spdlog/spdlog.h>

#include "tests/sim/common/https_server.hpp"
#include "tests/sim/common/logging_ready.hpp"
#include "tests/sim/common/route_table.hpp"
#include "tests/sim/shopify/access_tokens.hpp"
#include "tests/sim/shopify/bulk_control.hpp"
#include "tests/sim/shopify/bulk_operations.hpp"
#include "tests/sim/shopify/bulk_orders_jsonl.hpp"
#include "tests/sim/shopify/client_credentials_grant.hpp"
#include "tests/sim/shopify/control_api.hpp"
#include "tests/sim/shopify/fault_injector.hpp"
#include "tests/sim/shopify/graphql_endpoint.hpp"
#include "tests/sim/shopify/order_book.hpp"
#include "tests/sim/shopify/order_payloads.hpp"
#include "tests/sim/shopify/product_catalog.hpp"
#include "tests/sim/shopify/shop_profile.hpp"
#include "tests/sim/shopify/sim_stats.hpp"
#include "tests/sim/shopify/throttle_bucket.hpp"
#include "tests/sim/shopify/webhook_dispatcher.hpp"
#include "tests/sim/shopify/webhook_sender.hpp"
#include "tests/sim/shopify/webhook_subscription_registry.hpp"

namespace sim::shopify {
namespace {

ShopProfile profile_of(const SimOptions& options) {
    return ShopProfile{options.shop_domain, options.currency, options.plan, limits_of(options.plan)};
}

// The shop's myshopify domain, for clients that send it as SNI.
std::vector<std::string> host_names(const SimOptions& options) {
    if (options.shop_domain.empty()) return {};
    return {options.shop_domain};
}

// What the local Shopify answers on its own, in Shopify's error shape.
common::ErrorReplies shopify_errors() {
    return {common::json_reply(404, R"({"errors":"Not Found"})"),
            common::json_reply(405, R"({"errors":"Method Not Allowed"})"),
            common::json_reply(500, R"({"errors":"Internal Server Error"})")};
}

}  // namespace

struct ShopifySim::Running {
    explicit Running(SimOptions options_in)
        : options(std::move(options_in)),
          shop(profile_of(options)),
          tokens(options.token),
          bucket(shop.limits.maximum_available, shop.limits.restore_rate),
          sender(stats),
          webhooks(shop, options.client_secret, sender, subscriptions, options.webhook_url),
          bulk_operations(
              [this](const OrderSearch& search) { return bulk_orders_jsonl(orders, search, conversion()); },
              [this](std::uint64_t number) { return server.url("/_sim/bulk/" + std::to_string(number) + ".jsonl"); },
              stats),
          grant(options.client_secret, tokens),
          graphql(shop, tokens, bucket, faults, ShopData{orders, products, subscriptions, bulk_operations}, stats),
          control(orders, products, tokens, bucket, faults, webhooks, sender, subscriptions, stats),
          bulk_control(bulk_operations, stats),
          routes(shopify_errors()),
          server(server_settings(), options.address, host_names(options)) {
        routes.add("POST", "/admin/api/*/graphql.json",
                   [this](const auto& request, const auto& captures) { return graphql.answer(request, captures[0]); });
        routes.add("POST", "/admin/oauth/access_token",
                   [this](const auto& request, const auto&) { return grant.answer(request); });
        control.add_routes(routes);
        bulk_control.add_routes(routes);
    }

    // Orders in bulk results as OrdersByIds answers them.
    OrderConversion conversion() {
        OrderConversion how;
        how.withhold_customer_data = shop.limits.withholds_customer_data;
        how.fallback_currency = shop.currency;
        how.find_product = [this](const std::string& id) { return products.find(id); };
        return how;
    }

    common::ServerSettings server_settings() {
        return {.name = "shopify-sim",
                .body_limit = 10 * 1024 * 1024,
                .errors = shopify_errors(),
                .handler = [this](const host_api::HttpRequest& request) {
                    ++stats.requests;  // every request, any path
                    return routes.dispatch(request);
                }};
    }

    common::LoggingReady logging;  // first: before any thread that logs
    SimOptions options;
    ShopProfile shop;
    SimStats stats;
    OrderBook orders;
    ProductCatalog products;
    AccessTokens tokens;
    ThrottleBucket bucket;
    FaultInjector faults;
    WebhookSender sender;
    WebhookSubscriptionRegistry subscriptions;
    WebhookDispatcher webhooks;
    BulkOperations bulk_operations;  // its clock thread reads the orders and the server's URL
    ClientCredentialsGrant grant;
    GraphqlEndpoint graphql;
    ControlApi control;
    BulkControl bulk_control;
    common::RouteTable routes;
    common::HttpsServer server;  // last: its connections use everything above
};

ShopifySim::ShopifySim(SimOptions options) : running_(std::make_unique<Running>(std::move(options))) {
    auto& running = *running_;
    if (!running.options.orders_file.empty()) {
        auto json = read_json_file(running.options.orders_file);
        if (!json) throw std::runtime_error(json.error().message);
        const auto loaded = load_orders(*json);
        spdlog::info("shopify-sim loaded {} orders from {}", loaded, running.options.orders_file.string());
    }
    running.server.start(running.options.port, running.options.threads);
}

ShopifySim::~ShopifySim() { stop(); }

void ShopifySim::stop() {
    running_->server.stop();
    running_->sender.stop();
    running_->bulk_operations.stop();
}

std::uint16_t ShopifySim::port() const { return running_->server.port(); }

std::string ShopifySim::url(std::string_view target) const { return running_->server.url(target); }

const std::string& ShopifySim::ca_pem() const { return running_->server.ca_pem(); }

const SimOptions& ShopifySim::options() const { return running_->options; }

std::size_t ShopifySim::load_orders(const rapidjson::Value& json) {
    std::size_t loaded = 0;
    for (const auto* order : orders_in(json)) {
        auto stored = running_->orders.put(*order, OrderBook::Stamp::as_given);
        if (!stored) throw std::runtime_error(stored.error().message);
        ++loaded;
    }
    return loaded;
}

OrderBook& ShopifySim::orders() { return running_->orders; }
ProductCatalog& ShopifySim::products() { return running_->products; }
SimStats& ShopifySim::stats() { return running_->stats; }
WebhookDispatcher& ShopifySim::webhooks() { return running_->webhooks; }
WebhookSender& ShopifySim::webhook_sender() { return running_->sender; }
ThrottleBucket& ShopifySim::bucket() { return running_->bucket; }
AccessTokens& ShopifySim::tokens() { return running_->tokens; }
WebhookSubscriptionRegistry& ShopifySim::subscriptions() { return running_->subscriptions; }
BulkOperations& ShopifySim::bulk_operations() { return running_->bulk_operations; }

}  // namespace sim::shopify
