#pragma once
// OrdersByIds ($ids: [ID!]!, $lines: Int!): nodes(ids:) with the Order fields of
// plugin/shopify/graphql_operations.cpp; a null node for an id the shop does not know.
#include "tests/sim/shopify/graphql_operation.hpp"

namespace sim::shopify {

GraphqlOperation orders_by_ids_operation();

}  // namespace sim::shopify
