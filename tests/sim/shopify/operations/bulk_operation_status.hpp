#pragma once
// BulkOperationStatus ($id: ID!): node(id:) { ... on BulkOperation { id status errorCode
// objectCount rootObjectCount url partialDataUrl } }; null for an unknown id.
#include "tests/sim/shopify/graphql_operation.hpp"

namespace sim::shopify {

GraphqlOperation bulk_operation_status_operation();

}  // namespace sim::shopify
