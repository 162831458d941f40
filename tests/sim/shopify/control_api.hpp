#pragma once
// The control API under /_sim/ (no auth), on the same HTTPS port: tests and scripts add
// products and orders (which send webhooks, as Shopify would), cancel orders, read the
// counters, inject faults, steer webhooks and see or delete the app's webhook
// subscriptions, shorten token lifetimes and set the bucket. Bulk operations have theirs
// in bulk_control.hpp.
#include "tests/sim/common/route_table.hpp"
#include "tests/sim/shopify/access_tokens.hpp"
#include "tests/sim/shopify/fault_injector.hpp"
#include "tests/sim/shopify/order_book.hpp"
#include "tests/sim/shopify/product_catalog.hpp"
#include "tests/sim/shopify/sim_stats.hpp"
#include "tests/sim/shopify/throttle_bucket.hpp"
#include "tests/sim/shopify/webhook_dispatcher.hpp"
#include "tests/sim/shopify/webhook_sender.hpp"
#include "tests/sim/shopify/webhook_subscription_registry.hpp"

namespace sim::shopify {

class ControlApi {
public:
    ControlApi(OrderBook& orders, ProductCatalog& products, AccessTokens& tokens, ThrottleBucket& bucket,
               FaultInjector& faults, WebhookDispatcher& webhooks, WebhookSender& sender,
               WebhookSubscriptionRegistry& subscriptions, SimStats& stats);

    void add_routes(common::RouteTable& routes);

    common::SimReply post_product(const host_api::HttpRequest& request);
    // Stamps updated_at = now on create as on update; `?keep_updated_at=true` (tests only)
    // keeps the times the order carries.
    common::SimReply post_order(const host_api::HttpRequest& request);
    common::SimReply get_order(const std::string& id) const;
    common::SimReply cancel_order(const std::string& id);
    common::SimReply stats() const;
    common::SimReply post_faults(const host_api::HttpRequest& request);
    common::SimReply post_webhooks(const host_api::HttpRequest& request);
    // Held deliveries go newest first, or shuffled with {"shuffle_seed": N}.
    common::SimReply flush_webhooks(const host_api::HttpRequest& request);
    // {"id": "gid://shopify/WebhookSubscription/1"} or {"all": true}: as Shopify deletes a
    // subscription whose deliveries keep failing.
    common::SimReply delete_subscriptions(const host_api::HttpRequest& request);
    common::SimReply post_tokens(const host_api::HttpRequest& request);
    common::SimReply post_bucket(const host_api::HttpRequest& request);

private:
    common::SimReply webhook_settings() const;

    OrderBook& orders_;
    ProductCatalog& products_;
    AccessTokens& tokens_;
    ThrottleBucket& bucket_;
    FaultInjector& faults_;
    WebhookDispatcher& webhooks_;
    WebhookSender& sender_;
    WebhookSubscriptionRegistry& subscriptions_;
    SimStats& stats_;
};

}  // namespace sim::shopify
