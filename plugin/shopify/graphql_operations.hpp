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

// Orders per nodes() request: requested cost ~ 110 points per order with 20 lines.
inline constexpr int k_orders_per_request = 8;

// Variables: ids ([ID!]!), lines (Int!).
extern const char* const k_orders_by_ids_query;
inline constexpr const char* k_orders_by_ids = "OrdersByIds";

}  // namespace shopify
