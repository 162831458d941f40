#include "tests/sim/shopify/bulk_order_lines.hpp"

#include "tests/sim/shopify/json_fields.hpp"

namespace sim::shopify {

BulkOrderLines bulk_order_lines(const rapidjson::Value& rest_order, const OrderConversion& how) {
    rapidjson::Document node;
    const auto json = graphql_order_json(rest_order, how);
    node.Parse(json.c_str(), json.size());
    rapidjson::Value lines(rapidjson::kArrayType);
    if (auto items = node.FindMember("lineItems"); items != node.MemberEnd()) {
        lines = std::move(items->value["nodes"]);
        node.EraseMember(items);
    }
    BulkOrderLines out{to_json(node), {}};
    auto& allocator = node.GetAllocator();
    for (auto& line : lines.GetArray()) {
        rapidjson::Value parent(node["id"], allocator);
        line.AddMember("__parentId", parent, allocator);
        out.children.push_back(to_json(line));
    }
    return out;
}

}  // namespace sim::shopify
