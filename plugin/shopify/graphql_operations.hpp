#pragma once
// The GraphQL Admin API operations the plugin sends, by name. The local Shopify of the
// tests (tests/sim/) answers them by operationName, so the names are part of its contract.
#include <string>

namespace shopify {

// Pinned: REST is legacy since 2024-10, and a GraphQL version is supported for 12 months
// ("API versioning", shopify.dev), so the newest stable version is the one to pin.
inline constexpr const char* k_api_version = "2026-10";

// Line items fetched per order in one request. More lines (rare) are paged with
// OrderLineItems. The bound keeps a nodes() request under the 1000-point query limit.
inline constexpr int k_line_items_per_order = 20;

// Requested cost of one order in OrdersByIds by Shopify's rules (an object 1 point, a list
// with first:N 2 + N x its child): 10 for the order's objects, 12 for
// fulfillments(first: 2) { trackingInfo(first: 2) }, 2 + lines x 5 for its line items.
inline constexpr int k_order_cost = 10 + 12 + 2 + k_line_items_per_order * 5;

// Orders per nodes() request: 7 x 124 = 868 points, under the 1000-point query limit.
inline constexpr int k_orders_per_request = 7;

// Variables: ids ([ID!]!), lines (Int!).
extern const char* const k_orders_by_ids_query;
inline constexpr const char* k_orders_by_ids = "OrdersByIds";

}  // namespace shopify
