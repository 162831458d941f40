#pragma once
// An order with more line items than OrdersByIds reads at once (k_line_items_per_order)
// gets the rest here, a page at a time, so that no line of a large order is left out.
#include "host_api/result.hpp"
#include "plugin/shopify/graphql_client.hpp"
#include "plugin/shopify/order.hpp"

namespace shopify {

// Reads pages until the order has all its lines; the order is unchanged on failure
// except for lines already added, so the caller drops it and fetches it again later.
host_api::Result<void> read_remaining_line_items(GraphqlClient& client, Order& order);

}  // namespace shopify
