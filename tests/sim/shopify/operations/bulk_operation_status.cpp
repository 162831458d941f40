#include "tests/sim/shopify/operations/bulk_operation_status.hpp"

#include "tests/sim/shopify/query_cost.hpp"

namespace sim::shopify {
namespace {

CostEstimate estimate(const OperationContext& context) {
    CostEstimate out;
    if (!member_string(context.variables, "id")) out.errors.push_back(invalid_variable_error("id", "ID!"));
    if (out.errors.empty()) out.requested = query_cost::k_object;
    return out;
}

void write_text_or_null(JsonWriter& out, const char* key, const std::string& text) {
    out.Key(key);
    write_optional(out, text.empty() ? std::nullopt : std::optional(text));
}

// UnsignedInt64 is a string of digits in GraphQL answers ("UnsignedInt64", shopify.dev).
void write_count(JsonWriter& out, const char* key, std::uint64_t count) {
    out.Key(key);
    write_string(out, std::to_string(count));
}

void write_operation(JsonWriter& out, const BulkOperation& operation) {
    out.StartObject();
    out.Key("id");
    write_string(out, operation.id);
    out.Key("status");
    out.String(bulk_status_name(operation.status));
    write_text_or_null(out, "errorCode", operation.error_code);
    write_count(out, "objectCount", operation.object_count);
    write_count(out, "rootObjectCount", operation.root_object_count);
    write_text_or_null(out, "url", operation.url);
    // A failed operation here has fetched nothing, so there is no partial data.
    out.Key("partialDataUrl");
    out.Null();
    out.EndObject();
}

OperationResult run(const OperationContext& context) {
    const auto id = *member_string(context.variables, "id");
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("node");
    if (const auto operation = context.bulk_operations.find(id)) {
        write_operation(out, *operation);
    } else if (id.rfind("gid://shopify/", 0) == 0 && id.rfind("gid://shopify/BulkOperation/", 0) != 0) {
        // Another type's node matches no "... on BulkOperation" fragment: an empty object.
        out.StartObject();
        out.EndObject();
    } else {
        out.Null();
    }
    out.EndObject();
    return OperationResult{buffer.GetString(), {}, query_cost::k_object};
}

}  // namespace

GraphqlOperation bulk_operation_status_operation() { return GraphqlOperation{"BulkOperationStatus", &estimate, &run}; }

}  // namespace sim::shopify
