#pragma once
// A REST order (webhook shape) as the Order node of the plugin's OrdersByIds query: the
// same field names, nesting and order as plugin/shopify/graphql_operations.cpp selects.
// Ids stay exact (some exceed 2^53), money stays the decimal text it was given, times
// become UTC.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "tests/sim/shopify/json_fields.hpp"
#include "tests/sim/shopify/product_catalog.hpp"

namespace sim::shopify {

struct OrderConversion {
    // lineItems(first: $lines, after: $after): at most line_limit lines after line_offset.
    int line_limit = 250;
    int line_offset = 0;
    // Basic plan: customer, email, phone and both addresses come back null.
    bool withhold_customer_data = false;
    // The shop's currency, for an order without "currency".
    std::string fallback_currency = "UAH";
    // Products POSTed to the catalog; without one, a line's product is built from the line.
    std::function<std::optional<CatalogProduct>(const std::string& product_id)> find_product;
};

// Writes the node; returns how many line items it wrote.
int write_graphql_order(JsonWriter& out, const rapidjson::Value& rest_order, const OrderConversion& how);
// Writes only "lineItems": {nodes, pageInfo}, as the OrderLineItems query selects it;
// returns how many line items it wrote.
int write_graphql_line_items(JsonWriter& out, const rapidjson::Value& rest_order, const OrderConversion& how);

// Line item cursors: opaque to clients, as Shopify's are; a cursor names the position of
// the line it was given for, and lines after it follow it.
std::string line_item_cursor(int position);
std::optional<int> position_of_line_cursor(std::string_view cursor);
std::string graphql_order_json(const rapidjson::Value& rest_order, const OrderConversion& how = {});

// "gid://shopify/Order/450789469"
std::string gid(std::string_view type, const std::string& id);
// The numeric id of "gid://shopify/<type>/<digits>", when the gid is of that type.
std::optional<std::string> gid_number(std::string_view gid, std::string_view type);

// REST times carry the shop's offset ("2008-01-10T11:00:00-05:00"); GraphQL DateTime is
// UTC ("2008-01-10T16:00:00Z"). Text that is no time passes through unchanged.
std::optional<std::string> graphql_time(const rapidjson::Value* rest_time);

}  // namespace sim::shopify
