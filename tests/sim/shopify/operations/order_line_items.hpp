#pragma once
// OrderLineItems ($id: ID!, $lines: Int!, $after: String): order(id:) { lineItems(first:,
// after:) } with the LineItem fields of plugin/shopify/graphql_operations.cpp, for the
// lines of an order beyond the first page OrdersByIds gave.
#include "tests/sim/shopify/graphql_operation.hpp"

namespace sim::shopify {

GraphqlOperation order_line_items_operation();

}  // namespace sim::shopify
