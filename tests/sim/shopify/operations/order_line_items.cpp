#include "tests/sim/shopify/operations/order_line_items.hpp"

#include "tests/sim/shopify/json_fields.hpp"
#include "tests/sim/shopify/query_cost.hpp"
#include "tests/sim/shopify/rest_order_conversion.hpp"

namespace sim::shopify {
namespace {

// "first" takes at most 250 ("Shopify API limits", pagination).
constexpr int k_max_page = 250;

std::optional<std::string> order_number(const OperationContext& context) {
    const auto* id = member(context.variables, "id");
    if (id == nullptr || !id->IsString()) return std::nullopt;
    return std::string(id->GetString(), id->GetStringLength());
}

int lines_of(const OperationContext& context) {
    const auto* lines = member(context.variables, "lines");
    return lines != nullptr && lines->IsInt() && lines->GetInt() >= 0 && lines->GetInt() <= k_max_page
               ? lines->GetInt()
               : -1;
}

// Where the page starts: 0 without "after", the line after the cursor's otherwise.
std::optional<int> offset_of(const OperationContext& context) {
    const auto* after = member(context.variables, "after");
    if (after == nullptr || after->IsNull()) return 0;
    if (!after->IsString()) return std::nullopt;
    const auto position = position_of_line_cursor({after->GetString(), after->GetStringLength()});
    return position ? std::optional<int>(*position + 1) : std::nullopt;
}

CostEstimate estimate(const OperationContext& context) {
    CostEstimate out;
    const int lines = lines_of(context);
    if (!order_number(context)) out.errors.push_back(invalid_variable_error("id", "ID!"));
    if (lines < 0) out.errors.push_back(invalid_variable_error("lines", "Int!"));
    if (!offset_of(context)) {
        GraphqlError error;
        error.message = "Invalid cursor for current pagination sort.";
        error.location = locate_field(context.query, "lineItems");
        error.path = {std::string("order"), std::string("lineItems")};
        out.errors.push_back(std::move(error));
    }
    if (out.errors.empty()) out.requested = query_cost::order_line_items(lines);
    return out;
}

OperationResult run(const OperationContext& context) {
    OperationResult result;
    OrderConversion how;
    how.line_limit = lines_of(context);
    how.line_offset = *offset_of(context);
    how.fallback_currency = context.shop.currency;
    how.find_product = [&](const std::string& id) { return context.products.find(id); };

    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("order");
    const auto number = gid_number(*order_number(context), "Order");
    const bool found = number && context.orders.read(*number, [&](const rapidjson::Value& order) {
        out.StartObject();
        const int lines = write_graphql_line_items(out, order, how);
        out.EndObject();
        result.actual_cost = query_cost::order_line_items(lines);
    });
    if (!found) {
        out.Null();
        result.actual_cost = query_cost::k_object;
    }
    out.EndObject();
    result.data_json = buffer.GetString();
    return result;
}

}  // namespace

GraphqlOperation order_line_items_operation() { return GraphqlOperation{"OrderLineItems", &estimate, &run}; }

}  // namespace sim::shopify
