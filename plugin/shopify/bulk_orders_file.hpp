#pragma once
// The JSONL file of a finished bulk operation over orders: one line per order, then its
// line items as lines of their own that name the order in "__parentId" (Shopify lists
// children after their parent, though not always right after it). Read whole, grouped
// back into one GraphQL order node per order, in the file's order of orders.
#include <string>
#include <vector>

#include "host_api/result.hpp"
#include "plugin/shopify/order.hpp"

namespace shopify {

struct BulkOrder {
    std::string id;                                                         // numeric
    host_api::Result<Order> order = host_api::permanent_error("not read");  // a bad line: its reason
};

std::vector<BulkOrder> read_bulk_orders(const std::string& jsonl);

}  // namespace shopify
