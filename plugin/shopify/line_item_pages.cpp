#include "plugin/shopify/line_item_pages.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "plugin/shopify/graphql_operations.hpp"
#include "plugin/shopify/graphql_order_decoder.hpp"

namespace shopify {
namespace {

std::string page_variables(const Order& order) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    out.Key("id");
    out.String(order_gid(order.id));
    out.Key("lines");
    out.Int(k_line_items_per_page);
    out.Key("after");
    out.String(*order.more_line_items_after);
    out.EndObject();
    return buffer.GetString();
}

}  // namespace

host_api::Result<void> read_remaining_line_items(GraphqlClient& client, Order& order) {
    while (order.more_line_items_after) {
        auto answer =
            client.execute(k_order_line_items, k_order_line_items_query, page_variables(order), k_line_items_page_cost);
        if (!answer) return answer.error();
        const auto& data = answer->document["data"];
        const auto found = data.FindMember("order");
        if (found == data.MemberEnd() || !found->value.IsObject() || !found->value.HasMember("lineItems"))
            return host_api::permanent_error("order " + order.id + " is no longer on Shopify");
        const auto cursor = order.more_line_items_after;
        if (auto lines = decode_line_items(found->value["lineItems"], order); !lines) return lines.error();
        if (order.more_line_items_after == cursor)  // a page that does not move on would never end
            return host_api::permanent_error("order " + order.id + ": the line items do not page forward");
    }
    return host_api::success();
}

}  // namespace shopify
