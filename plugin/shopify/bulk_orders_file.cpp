#include "plugin/shopify/bulk_orders_file.hpp"

#include <string_view>

#include <rapidjson/document.h>

#include "plugin/shopify/graphql_order_decoder.hpp"

namespace shopify {
namespace {

using Lines = std::vector<std::string_view>;

Lines split_lines(const std::string& text) {
    Lines lines;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        if (end > start) lines.emplace_back(text.data() + start, end - start);
        start = end + 1;
    }
    return lines;
}

std::string text_of(const rapidjson::Value& object, const char* name) {
    const auto found = object.FindMember(name);
    return found != object.MemberEnd() && found->value.IsString() ? found->value.GetString() : "";
}

// The order line with its children put back as lineItems { nodes }, as OrdersByIds has it.
host_api::Result<Order> decode_with_children(rapidjson::Document& order, const Lines& children) {
    auto& allocator = order.GetAllocator();
    rapidjson::Value nodes(rapidjson::kArrayType);
    for (const auto line : children) {
        rapidjson::Document child;
        child.Parse(line.data(), line.size());
        if (child.HasParseError() || !child.IsObject())
            return host_api::permanent_error("a line item line is not JSON");
        child.RemoveMember("__parentId");
        nodes.PushBack(rapidjson::Value(child, allocator), allocator);
    }
    rapidjson::Value connection(rapidjson::kObjectType);
    connection.AddMember("nodes", nodes, allocator);
    order.RemoveMember("lineItems");
    order.AddMember("lineItems", connection, allocator);
    return decode_graphql_order(order);
}

}  // namespace

BulkOrdersFile::BulkOrdersFile(std::string jsonl) : text_(std::move(jsonl)) {
    for (const auto line : split_lines(text_)) {
        rapidjson::Document json;
        json.Parse(line.data(), line.size());
        if (json.HasParseError() || !json.IsObject()) continue;  // a cut line cannot be placed
        const auto parent = text_of(json, "__parentId");
        if (parent.empty())
            orders_.push_back(OrderLine{text_of(json, "id"), line});
        else
            children_[parent].push_back(line);
    }
}

BulkOrder BulkOrdersFile::order(std::size_t index) const {
    const auto& [gid, line] = orders_.at(index);
    rapidjson::Document order;
    order.Parse(line.data(), line.size());
    const auto children = children_.find(gid);
    return BulkOrder{numeric_id(gid), decode_with_children(order, children == children_.end() ? Lines{} : children->second)};
}

std::vector<BulkOrder> read_bulk_orders(const std::string& jsonl) {
    const BulkOrdersFile file(jsonl);
    std::vector<BulkOrder> out;
    for (std::size_t i = 0; i < file.size(); ++i) out.push_back(file.order(i));
    return out;
}

}  // namespace shopify
