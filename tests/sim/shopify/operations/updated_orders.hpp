#pragma once
// UpdatedOrders ($first: Int!, $after: String, $query: String!): orders(first:, after:,
// query:, sortKey: UPDATED_AT) { nodes { id updatedAt } pageInfo { hasNextPage endCursor } },
// the orders whose stored REST order matches the search, by updated_at then id, a page at
// a time.
#include "tests/sim/shopify/graphql_operation.hpp"

namespace sim::shopify {

GraphqlOperation updated_orders_operation();

}  // namespace sim::shopify
