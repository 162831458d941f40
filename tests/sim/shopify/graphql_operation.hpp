#pragma once
// One GraphQL operation the local Shopify answers, found by operationName. Each lives in
// a file of its own under operations/ and is listed in operation_table.cpp; the endpoint
// does what every operation shares (auth, cost limits, the bucket, the answer's shape).
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "tests/sim/shopify/bulk_operations.hpp"
#include "tests/sim/shopify/graphql_error.hpp"
#include "tests/sim/shopify/order_book.hpp"
#include "tests/sim/shopify/product_catalog.hpp"
#include "tests/sim/shopify/shop_profile.hpp"
#include "tests/sim/shopify/webhook_subscription_registry.hpp"

namespace sim::shopify {

struct OperationContext {
    std::string_view query;
    const rapidjson::Value& variables;  // always an object
    const ShopProfile& shop;
    OrderBook& orders;
    ProductCatalog& products;
    WebhookSubscriptionRegistry& subscriptions;
    BulkOperations& bulk_operations;
};

struct CostEstimate {
    int requested = 0;
    std::vector<GraphqlError> errors;  // invalid variables: answered without running
};

struct OperationResult {
    std::string data_json = "null";  // the value of "data"
    std::vector<GraphqlError> errors;
    int actual_cost = 0;
};

struct GraphqlOperation {
    std::string_view name;
    // Checks the variables and prices the query, before the bucket is asked.
    CostEstimate (*estimate)(const OperationContext& context);
    OperationResult (*run)(const OperationContext& context);
};

// nullptr for an operation the local Shopify does not answer.
const GraphqlOperation* find_operation(std::string_view name);

}  // namespace sim::shopify
