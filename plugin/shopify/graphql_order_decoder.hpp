#pragma once
// Turns one Order object of a GraphQL Admin API answer into a shopify::Order. Lenient
// where Shopify is (any personal field may be null), strict where an import would be
// wrong without it (id, name, times, total): those fail with a reason naming the field.
#include <rapidjson/document.h>

#include "host_api/result.hpp"
#include "plugin/shopify/order.hpp"

namespace shopify {

host_api::Result<Order> decode_graphql_order(const rapidjson::Value& node);
// A lineItems connection ({nodes, pageInfo}): its lines are added to the order, and
// more_line_items_after says where the next page starts.
host_api::Result<void> decode_line_items(const rapidjson::Value& connection, Order& order);

}  // namespace shopify
