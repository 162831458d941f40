#include "tests/sim/shopify/bulk_orders_jsonl.hpp"

#include <algorithm>
#include <limits>
#include <vector>

namespace sim::shopify {
namespace {

// Orders by id as numbers; the book keeps them by id as text.
bool id_before(const std::string& left, const std::string& right) {
    return left.size() != right.size() ? left.size() < right.size() : left < right;
}

void append_line(BulkSnapshot& snapshot, const rapidjson::Value& object) {
    snapshot.jsonl += to_json(object);
    snapshot.jsonl += '\n';
    ++snapshot.object_count;
}

// The order's GraphQL node, split: the order without lineItems, then each line item
// with the order's id as __parentId.
void append_order(BulkSnapshot& snapshot, const rapidjson::Value& rest_order, const OrderConversion& how) {
    rapidjson::Document node;
    const auto json = graphql_order_json(rest_order, how);
    node.Parse(json.c_str(), json.size());
    rapidjson::Value lines(rapidjson::kArrayType);
    if (auto items = node.FindMember("lineItems"); items != node.MemberEnd()) {
        lines = std::move(items->value["nodes"]);
        node.EraseMember(items);
    }
    append_line(snapshot, node);
    ++snapshot.root_object_count;
    auto& allocator = node.GetAllocator();
    for (auto& line : lines.GetArray()) {
        rapidjson::Value parent(node["id"], allocator);
        line.AddMember("__parentId", parent, allocator);
        append_line(snapshot, line);
    }
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
