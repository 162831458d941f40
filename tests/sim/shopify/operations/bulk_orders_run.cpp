#include "tests/sim/shopify/operations/bulk_orders_run.hpp"

#include "tests/sim/shopify/graphql_names.hpp"
#include "tests/sim/shopify/query_cost.hpp"
#include "tests/sim/shopify/user_error.hpp"

namespace sim::shopify {
namespace {

// Where the arguments of the field `name` open, just after "(".
std::optional<std::size_t> arguments_of(std::string_view query, std::string_view name) {
    for (auto at = query.find(name); at != std::string_view::npos; at = query.find(name, at + 1)) {
        if (at > 0 && is_graphql_name_char(query[at - 1])) continue;
        const auto open = query.find_first_not_of(" \t\r\n", at + name.size());
        if (open != std::string_view::npos && query[open] == '(') return open + 1;
    }
    return std::nullopt;
}

// A GraphQL string literal starting at `at` (its opening quote), unescaped.
std::optional<std::string> string_literal(std::string_view text, std::size_t at) {
    if (at >= text.size() || text[at] != '"') return std::nullopt;
    std::string value;
    for (auto i = at + 1; i < text.size(); ++i) {
        if (text[i] == '"') return value;
        if (text[i] == '\\' && i + 1 < text.size()) ++i;
        value += text[i];
    }
    return std::nullopt;
}

std::optional<std::string> bulk_query_of(const OperationContext& context) {
    return member_string(context.variables, "query");
}

CostEstimate estimate(const OperationContext& context) {
    CostEstimate out;
    const auto bulk_query = bulk_query_of(context);
    if (!bulk_query) {
        out.errors.push_back(invalid_variable_error("query", "String!"));
        return out;
    }
    const auto search = orders_search_in(*bulk_query);
    if (search) {
        if (auto parsed = OrderSearch::parse(*search); !parsed) {
            GraphqlError error;
            error.message = "bulkOperationRunQuery orders(query:): " + parsed.error().message;
            error.location = locate_field(context.query, "bulkOperationRunQuery");
            error.path = {std::string("bulkOperationRunQuery")};
            error.code = "UNSUPPORTED_SEARCH";
            out.errors.push_back(std::move(error));
            return out;
        }
    }
    out.requested = query_cost::k_mutation;
    return out;
}

void write_payload(JsonWriter& out, const std::optional<BulkOperation>& operation,
                   const std::vector<UserError>& errors) {
    out.StartObject();
    out.Key("bulkOperationRunQuery");
    out.StartObject();
    out.Key("bulkOperation");
    if (operation) {
        out.StartObject();
        out.Key("id");
        write_string(out, operation->id);
        out.Key("status");
        out.String(bulk_status_name(operation->status));
        out.EndObject();
    } else {
        out.Null();
    }
    write_user_errors(out, errors);
    out.EndObject();
    out.EndObject();
}

OperationResult run(const OperationContext& context) {
    const auto search = orders_search_in(*bulk_query_of(context));
    std::optional<BulkOperation> operation;
    std::vector<UserError> errors;
    if (!search) {
        errors.push_back({std::vector<std::string>{"query"},
                          "Invalid bulk query: the local Shopify runs bulk queries over orders(query: \"...\") only"});
    } else {
        const auto started = context.bulk_operations.start(*OrderSearch::parse(*search));
        if (const auto* refusal = std::get_if<BulkRefusal>(&started)) {
            // Shopify's words; the field is null.
            errors.push_back({std::nullopt, "A bulk query operation for this app and shop is already in progress: " +
                                                refusal->running_id + "."});
        } else {
            operation = std::get<BulkOperation>(started);
        }
    }
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    write_payload(out, operation, errors);
    return OperationResult{buffer.GetString(), {}, query_cost::k_mutation};
}

}  // namespace

std::optional<std::string> orders_search_in(std::string_view bulk_query) {
    const auto arguments = arguments_of(bulk_query, "orders");
    if (!arguments) return std::nullopt;
    const auto query = bulk_query.find("query", *arguments);
    if (query == std::string_view::npos || bulk_query.find(')', *arguments) < query) return std::string();
    const auto colon = bulk_query.find_first_not_of(" \t\r\n", query + 5);
    if (colon == std::string_view::npos || bulk_query[colon] != ':') return std::nullopt;
    return string_literal(bulk_query, bulk_query.find_first_not_of(" \t\r\n", colon + 1));
}

GraphqlOperation bulk_orders_run_operation() { return GraphqlOperation{"BulkOrdersRun", &estimate, &run}; }

}  // namespace sim::shopify
