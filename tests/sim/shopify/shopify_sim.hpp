#pragma once
// The local Shopify, whole: an HTTPS server on one port with a certificate made at start,
// serving the GraphQL Admin API, the client credentials grant, bulk operation results and
// the /_sim/ control API, and sending webhooks. Tests run it in-process on a free
// loopback port; shopify-sim (main.cpp) runs it for scripts and the demo.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "tests/sim/shopify/plan.hpp"

namespace sim::shopify {

class OrderBook;
class ProductCatalog;
struct SimStats;
class WebhookDispatcher;
class WebhookSender;
class ThrottleBucket;
class AccessTokens;
class WebhookSubscriptionRegistry;
class BulkOperations;

struct SimOptions {
    std::string address = "127.0.0.1";  // an IP address, or "localhost"
    std::uint16_t port = 0;             // 0: the kernel picks one
    std::string shop_domain = "sim-shop.myshopify.com";
    std::string token;          // accepted as X-Shopify-Access-Token; never expires
    std::string client_secret;  // the client credentials grant and webhook HMACs
    Plan plan = Plan::grow;
    std::string currency = "UAH";       // the shop's currency, for orders without one
    std::string webhook_url;            // a hand-made subscription to every order topic; empty: none
    std::filesystem::path orders_file;  // loaded at start, without webhooks
    int threads = 2;
};

class ShopifySim {
public:
    // Generates the certificate, loads the orders file, binds and starts serving.
    // Throws std::runtime_error when it cannot.
    explicit ShopifySim(SimOptions options);
    ~ShopifySim();
    ShopifySim(const ShopifySim&) = delete;
    ShopifySim& operator=(const ShopifySim&) = delete;

    std::uint16_t port() const;
    // "https://127.0.0.1:<port><target>" (the address given, "localhost" as given).
    std::string url(std::string_view target = "") const;
    // The CA that signed the server certificate, for clients to trust.
    const std::string& ca_pem() const;
    const SimOptions& options() const;
    // Stops serving and sending; idempotent (the destructor calls it).
    void stop();

    // Orders in any shape order_payloads.hpp reads; stored as given, no webhooks.
    // Returns how many; throws std::runtime_error for an order without an integer id.
    std::size_t load_orders(const rapidjson::Value& json);

    // In-process access for tests.
    OrderBook& orders();
    ProductCatalog& products();
    SimStats& stats();
    WebhookDispatcher& webhooks();
    WebhookSender& webhook_sender();
    ThrottleBucket& bucket();
    AccessTokens& tokens();
    WebhookSubscriptionRegistry& subscriptions();
    BulkOperations& bulk_operations();

private:
    struct Running;
    std::unique_ptr<Running> running_;
};

}  // namespace sim::shopify
