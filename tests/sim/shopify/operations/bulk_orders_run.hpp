#pragma once
// BulkOrdersRun ($query: String!): bulkOperationRunQuery(query:) { bulkOperation { id
// status } userErrors { field message } }. The bulk query is the plugin's bulk orders
// selection; the local Shopify reads the search of its orders(query: "…") and answers
// every other field as OrdersByIds does. While an operation runs, another is refused as
// Shopify refuses it.
#include "tests/sim/shopify/graphql_operation.hpp"

namespace sim::shopify {

GraphqlOperation bulk_orders_run_operation();

// The search string of the first orders(query: "…") in a bulk query: "" for orders(…)
// without one, nullopt when the query selects no orders connection.
std::optional<std::string> orders_search_in(std::string_view bulk_query);

}  // namespace sim::shopify
