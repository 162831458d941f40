#include "tests/sim/shopify/operations/orders_by_ids.hpp"

#include "tests/sim/shopify/json_fields.hpp"
#include "tests/sim/shopify/query_cost.hpp"
#include "tests/sim/shopify/rest_order_conversion.hpp"

namespace sim::shopify {
namespace {

// "Input arguments that accept an array have a maximum size of 250" ("Shopify API limits").
constexpr rapidjson::SizeType k_max_input_array = 250;

// Protected customer data the Order selects, in the order the query selects it.
constexpr const char* k_protected_fields[] = {"email", "phone", "customer", "shippingAddress", "billingAddress"};

const rapidjson::Value* ids_of(const OperationContext& context) {
    const auto* ids = member(context.variables, "ids");
    if (ids == nullptr || !ids->IsArray()) return nullptr;
    for (const auto& id : ids->GetArray())
        if (!id.IsString()) return nullptr;
    return ids;
}

int lines_of(const OperationContext& context) {
    const auto* lines = member(context.variables, "lines");
    return lines != nullptr && lines->IsInt() && lines->GetInt() >= 0 ? lines->GetInt() : -1;
}

CostEstimate estimate(const OperationContext& context) {
    CostEstimate out;
    const auto* ids = ids_of(context);
    const int lines = lines_of(context);
    if (ids == nullptr) out.errors.push_back(invalid_variable_error("ids", "[ID!]!"));
    if (lines < 0) out.errors.push_back(invalid_variable_error("lines", "Int!"));
    if (!out.errors.empty()) return out;
    if (ids->Size() > k_max_input_array) {
        GraphqlError error;
        error.message = "The input array size of " + std::to_string(ids->Size()) +
                        " is greater than the maximum allowed of " + std::to_string(k_max_input_array) + ".";
        error.location = locate_field(context.query, "nodes");
        error.path = {std::string("nodes"), std::string("ids")};
        error.code = "MAX_INPUT_SIZE_EXCEEDED";
        out.errors.push_back(std::move(error));
        return out;
    }
    out.requested = query_cost::orders_by_ids_requested(static_cast<int>(ids->Size()), lines);
    return out;
}

OperationResult run(const OperationContext& context) {
    OperationResult result;
    const auto& ids = *ids_of(context);
    OrderConversion how;
    how.line_limit = lines_of(context);
    how.withhold_customer_data = context.shop.limits.withholds_customer_data;
    how.fallback_currency = context.shop.currency;
    how.find_product = [&](const std::string& id) { return context.products.find(id); };

    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("nodes");
    out.StartArray();
    int index = 0;
    for (const auto& id : ids.GetArray()) {
        const std::string_view text(id.GetString(), id.GetStringLength());
        const auto number = gid_number(text, "Order");
        bool found = false;
        if (number) {
            found = context.orders.read(*number, [&](const rapidjson::Value& order) {
                const int lines = write_graphql_order(out, order, how);
                result.actual_cost += query_cost::order_with_lines(lines);
            });
        }
        if (!found) {
            // Another type's node matches no "... on Order" fragment: an empty object.
            const bool other_type = text.rfind("gid://shopify/", 0) == 0 && text.rfind("gid://shopify/Order/", 0) != 0;
            if (other_type) {
                out.StartObject();
                out.EndObject();
            } else {
                out.Null();
            }
        } else if (how.withhold_customer_data) {
            for (const char* field : k_protected_fields)
                result.errors.push_back(
                    protected_data_error(context.query, field, {std::string("nodes"), index, std::string(field)}));
        }
        ++index;
    }
    out.EndArray();
    out.EndObject();
    result.data_json = buffer.GetString();
    return result;
}

}  // namespace

GraphqlOperation orders_by_ids_operation() { return GraphqlOperation{"OrdersByIds", &estimate, &run}; }

}  // namespace sim::shopify
