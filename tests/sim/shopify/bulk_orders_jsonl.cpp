#include "tests/sim/shopify/bulk_orders_jsonl.hpp"

#include "tests/sim/shopify/bulk_order_lines.hpp"

#include <algorithm>
#include <limits>
#include <vector>

namespace sim::shopify {
namespace {

// Orders by id as numbers; the book keeps them by id as text.
bool id_before(const std::string& left, const std::string& right) {
    return left.size() != right.size() ? left.size() < right.size() : left < right;
}

void append_line(BulkSnapshot& snapshot, const std::string& line) {
    snapshot.jsonl += line;
    snapshot.jsonl += '\n';
    ++snapshot.object_count;
}

void append_order(BulkSnapshot& snapshot, const rapidjson::Value& rest_order, const OrderConversion& how) {
    const auto lines = bulk_order_lines(rest_order, how);
    append_line(snapshot, lines.order);
    ++snapshot.root_object_count;
    for (const auto& child : lines.children) append_line(snapshot, child);
}

}  // namespace

BulkSnapshot bulk_orders_jsonl(const OrderBook& orders, const OrderSearch& search, OrderConversion how) {
    how.line_limit = std::numeric_limits<int>::max();
    how.line_offset = 0;
    std::vector<std::string> ids;
    orders.each([&](const std::string& id, const rapidjson::Value& order) {
        if (search.matches(order)) ids.push_back(id);
    });
    std::sort(ids.begin(), ids.end(), id_before);
    BulkSnapshot snapshot;
    for (const auto& id : ids)
        orders.read(id, [&](const rapidjson::Value& order) {
            if (search.matches(order)) append_order(snapshot, order, how);  // it may have changed meanwhile
        });
    return snapshot;
}

}  // namespace sim::shopify
