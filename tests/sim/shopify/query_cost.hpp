#pragma once
// Calculated query cost, by the rules of "GraphQL Admin API rate limits" (shopify.dev):
// a scalar or enum field costs 0, an object field 1, a connection (or a list with
// `first`) 2 plus `first` times the cost of one node; a single query may request at most
// 1000 points. Each operation prices its own selection with these.
namespace sim::shopify::query_cost {

inline constexpr int k_scalar = 0;
inline constexpr int k_object = 1;
inline constexpr int k_single_query_limit = 1000;

constexpr int connection(int first, int node_cost) { return 2 + first * node_cost; }

// OrdersByIds (plugin/shopify/graphql_operations.cpp), priced per Order node:
//   the order 10 (the Order object, totalPriceSet + its shopMoney, customer,
//   shippingAddress, billingAddress, customAttributes, shippingLine + its
//   originalPriceSet + shopMoney)
//   + fulfillments(first: 2) { trackingInfo(first: 2) }: 2 + 2 x (1 + 2 + 2 x 1) = 12
//   + lineItems(first: lines): 2 + lines x 5 (the LineItem, originalUnitPriceSet + its
//   shopMoney, product, variant).
// Requested: every id with `lines` lines. Actual: the orders found, with the lines they had.
inline constexpr int k_fulfillments = connection(2, 1 + connection(2, 1));
inline constexpr int k_order_node = 10 + k_fulfillments;
inline constexpr int k_line_item_node = 5;
constexpr int order_with_lines(int lines) { return k_order_node + connection(lines, k_line_item_node); }
constexpr int orders_by_ids_requested(int ids, int lines) { return ids * order_with_lines(lines); }

// OrderLineItems: order(id:) 1 + lineItems(first: lines) 2 + lines x 5. Actual: the lines
// the page had.
constexpr int order_line_items(int lines) { return k_object + connection(lines, k_line_item_node); }

// ShopInfo: shop 1 + plan 1.
constexpr int shop_info() { return 2 * k_object; }

// UpdatedOrders: orders(first:) of nodes { id updatedAt } (scalars only): 2 + first x 1.
// Requested: `first`. Actual: the orders on the page.
constexpr int updated_orders(int orders) { return connection(orders, k_object); }

// WebhookSubscriptions: webhookSubscriptions(first: 50) { nodes { id topic uri } }.
constexpr int webhook_subscriptions(int subscriptions) { return connection(subscriptions, k_object); }

// A mutation costs 10, whatever it selects; so do webhookSubscriptionCreate/Delete and
// bulkOperationRunQuery. BulkOperationStatus is node(id:): one object.
inline constexpr int k_mutation = 10;

}  // namespace sim::shopify::query_cost
