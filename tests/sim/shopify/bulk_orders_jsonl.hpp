#pragma once
// The JSONL a bulk query over orders gives ("Perform bulk operations with the GraphQL
// Admin API", shopify.dev): one line per matching order with the Order fields OrdersByIds
// selects except lineItems, then one line per line item with "__parentId", the order's
// id. Parents come before their children, ordered by order id.
#include "tests/sim/shopify/bulk_operations.hpp"
#include "tests/sim/shopify/order_book.hpp"
#include "tests/sim/shopify/order_search.hpp"
#include "tests/sim/shopify/rest_order_conversion.hpp"

namespace sim::shopify {

// `how` as for OrdersByIds; its line limit is ignored: a bulk query has every line.
BulkSnapshot bulk_orders_jsonl(const OrderBook& orders, const OrderSearch& search, OrderConversion how);

}  // namespace sim::shopify
