#pragma once
// One order as a bulk operation writes it into its JSONL: the order's GraphQL node without
// lineItems, then each line item with the order's id as "__parentId".
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "tests/sim/shopify/rest_order_conversion.hpp"

namespace sim::shopify {

struct BulkOrderLines {
    std::string order;                  // one JSON line, no newline
    std::vector<std::string> children;  // one JSON line each, no newline
};

BulkOrderLines bulk_order_lines(const rapidjson::Value& rest_order, const OrderConversion& how = {});

}  // namespace sim::shopify
