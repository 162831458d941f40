#pragma once
// POST /admin/api/<version>/graphql.json: checks the access token, finds the operation
// by operationName, enforces the single-query cost limit and the leaky bucket, runs the
// operation and answers in the GraphQL Admin API's shape, with extensions.cost.
#include <string>

#include "host_api/http.hpp"
#include "tests/sim/common/sim_reply.hpp"
#include "tests/sim/shopify/access_tokens.hpp"
#include "tests/sim/shopify/bulk_operations.hpp"
#include "tests/sim/shopify/fault_injector.hpp"
#include "tests/sim/shopify/order_book.hpp"
#include "tests/sim/shopify/product_catalog.hpp"
#include "tests/sim/shopify/shop_profile.hpp"
#include "tests/sim/shopify/sim_stats.hpp"
#include "tests/sim/shopify/throttle_bucket.hpp"
#include "tests/sim/shopify/webhook_subscription_registry.hpp"

namespace sim::shopify {

// What the operations read and change in the shop.
struct ShopData {
    OrderBook& orders;
    ProductCatalog& products;
    WebhookSubscriptionRegistry& subscriptions;
    BulkOperations& bulk_operations;
};

class GraphqlEndpoint {
public:
    GraphqlEndpoint(const ShopProfile& shop, AccessTokens& tokens, ThrottleBucket& bucket, FaultInjector& faults,
                    ShopData data, SimStats& stats);

    common::SimReply answer(const host_api::HttpRequest& request, const std::string& api_version) const;

private:
    common::SimReply fault_reply(Fault fault) const;

    const ShopProfile& shop_;
    AccessTokens& tokens_;
    ThrottleBucket& bucket_;
    FaultInjector& faults_;
    ShopData data_;
    SimStats& stats_;
};

// The name of the first named operation in a query document ("query OrdersByIds(…)").
std::string operation_name_in(std::string_view query);

}  // namespace sim::shopify
