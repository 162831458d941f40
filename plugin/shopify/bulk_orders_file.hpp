#pragma once
// The JSONL file of a finished bulk operation over orders: one line per order, then its
// line items as lines of their own that name the order in "__parentId" (Shopify lists
// children after their parent, though not always right after it). The lines are indexed
// once (where each starts and how long it is) and each order is decoded, with its children
// grouped back into one GraphQL order node, only when asked: a file of many thousand
// orders never sits in memory decoded. A file on disk is read back through a window of a
// few hundred KiB, so only its index and that window are in memory. Not for two threads at
// once: the window is shared.
#include <cstdint>
#include <cstdio>
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
    explicit BulkOrdersFile(std::string jsonl);  // held in memory
    // Read from `file` (from its start), which must stay open while this lives.
    explicit BulkOrdersFile(std::FILE* file);
    BulkOrdersFile(const BulkOrdersFile&) = delete;
    BulkOrdersFile& operator=(const BulkOrdersFile&) = delete;

    std::size_t size() const { return orders_.size(); }
    // The index-th order in the file's order of orders, decoded now.
    BulkOrder order(std::size_t index) const;

private:
    struct Span {
        std::uint64_t offset = 0;
        std::uint32_t length = 0;
    };
    struct OrderLine {
        std::string gid;
        Span line;
    };

    void index_line(std::string_view line, Span span);
    std::string line_at(Span span) const;
    bool read_window_at(Span span) const;

    std::string text_;
    std::FILE* file_ = nullptr;
    // The bytes of the file from window_offset_ on: lines are read in file order, so one
    // read serves the many lines after it instead of a read each.
    mutable std::string window_;  // its first window_size_ bytes
    mutable std::size_t window_size_ = 0;
    mutable std::uint64_t window_offset_ = 0;
    // Where each order's JSON tree is built: one block for the whole file, where a tree of
    // its own would take a 64 KiB block from the heap per order and give it back after.
    // An order and its lines take a few KiB as a tree; a larger one takes more blocks besides.
    static constexpr std::size_t k_tree_memory = 64 * 1024;
    mutable std::vector<char> tree_memory_ = std::vector<char>(k_tree_memory);
    std::vector<OrderLine> orders_;
    std::unordered_map<std::string, std::vector<Span>> children_;  // by parent gid
};

// Every order of a file, decoded.
std::vector<BulkOrder> read_bulk_orders(const std::string& jsonl);

}  // namespace shopify
