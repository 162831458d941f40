#pragma once
// The GraphQL Admin API operations the plugin sends, by name. The local Shopify of the
// tests (tests/sim/) answers them by operationName, so the names are part of its contract.
#include <string>

namespace shopify {

// Pinned: REST is legacy since 2024-10, and a GraphQL version is supported for 12 months
// ("API versioning", shopify.dev), so the newest stable version is the one to pin.
inline constexpr const char* k_api_version = "2026-10";

// Line items fetched per order in one request. More lines (rare) are paged with
// OrderLineItems (k_order_line_items below). The bound keeps a nodes() request under the 1000-point query limit.
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

// The line items of one order after the first page, a page at a time: 1 for the order
// + 2 + 100 x 5 for the lines = 503 points.
inline constexpr int k_line_items_per_page = 100;
inline constexpr int k_line_items_page_cost = 1 + 2 + k_line_items_per_page * 5;

// Variables: id (ID!), lines (Int!), after (String: the endCursor of the page before).
extern const char* const k_order_line_items_query;
inline constexpr const char* k_order_line_items = "OrderLineItems";

// The shop's name, currency (R3) and plan (R25: Basic withholds customer data). 2 points.
extern const char* const k_shop_info_query;
inline constexpr const char* k_shop_info = "ShopInfo";

// Reconciliation: the ids and updatedAt of orders changed since a time, oldest first.
// Variables: first (Int!), after (String), query (String!: "updated_at:>='<UTC time>'").
// 2 + first x 1 points; 250 is the largest page.
extern const char* const k_updated_orders_query;
inline constexpr const char* k_updated_orders = "UpdatedOrders";
inline constexpr int k_updated_orders_page = 250;
inline constexpr int k_updated_orders_cost = 2 + k_updated_orders_page;

// Webhook subscriptions: list (2 + 50 points), create and delete (mutations: 10 points).
// Create variables: topic (ORDERS_CREATE…), uri (the host's public URL + the route).
extern const char* const k_webhook_subscriptions_query;
inline constexpr const char* k_webhook_subscriptions = "WebhookSubscriptions";
extern const char* const k_webhook_subscription_create_query;
inline constexpr const char* k_webhook_subscription_create = "WebhookSubscriptionCreate";
extern const char* const k_webhook_subscription_delete_query;
inline constexpr const char* k_webhook_subscription_delete = "WebhookSubscriptionDelete";
inline constexpr int k_mutation_cost = 10;

// Initial import: a bulk operation over k_bulk_orders_selection, with $SEARCH replaced by
// the search (e.g. "created_at:>='…' AND -fulfillment_status:fulfilled AND
// -status:cancelled AND -financial_status:refunded"), polled by BulkOperationStatus until
// COMPLETED; its url then serves JSONL: one line per order, one per line item with
// "__parentId" (the order's gid).
extern const char* const k_bulk_orders_run_query;
inline constexpr const char* k_bulk_orders_run = "BulkOrdersRun";
extern const char* const k_bulk_operation_status_query;
inline constexpr const char* k_bulk_operation_status = "BulkOperationStatus";
extern const char* const k_bulk_orders_selection;

}  // namespace shopify
