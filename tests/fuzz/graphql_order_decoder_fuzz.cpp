// libFuzzer target: one Order node of a GraphQL answer, parsed as the plugin parses
// Shopify's answers, then decoded with its lineItems connection.
#include <cstddef>
#include <cstdint>

#include <rapidjson/document.h>

#include "plugin/shopify/graphql_order_decoder.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    rapidjson::Document node;
    node.Parse(reinterpret_cast<const char*>(data), size);
    if (node.HasParseError()) return 0;
    auto order = shopify::decode_graphql_order(node);
    if (!order) return 0;
    // A later page of line items arrives as a bare connection.
    if (node.IsObject() && node.HasMember("lineItems")) (void)shopify::decode_line_items(node["lineItems"], order.value());
    return 0;
}
