#pragma once
// The JSONL file of a finished bulk operation over orders: one line per order, then its
// line items as lines of their own that name the order in "__parentId" (Shopify lists
// children after their parent, though not always right after it). The lines are indexed
// once and each order is decoded, with its children grouped back into one GraphQL order
// node, only when asked: a file of many thousand orders never sits in memory decoded.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "host_api/result.hpp"
#include "plugin/shopify/order.hpp"

namespace shopify {

struct BulkOrder {
    std::string id;                                                         // numeric
    host_api::Result<Order> order = host_api::permanent_error("not read");  // a bad line: its reason
};

class BulkOrdersFile {
public:
    explicit BulkOrdersFile(std::string jsonl);
    // The index points into the text it holds: neither copied nor moved.
    BulkOrdersFile(const BulkOrdersFile&) = delete;
    BulkOrdersFile& operator=(const BulkOrdersFile&) = delete;

    std::size_t size() const { return orders_.size(); }
    // The index-th order in the file's order of orders, decoded now.
    BulkOrder order(std::size_t index) const;

private:
    using Lines = std::vector<std::string_view>;
    struct OrderLine {
        std::string gid;
        std::string_view line;
    };

    std::string text_;
    std::vector<OrderLine> orders_;
    std::unordered_map<std::string, Lines> children_;  // by parent gid
};

// Every order of a file, decoded.
std::vector<BulkOrder> read_bulk_orders(const std::string& jsonl);

}  // namespace shopify
