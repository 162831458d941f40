#include "tests/sim/shopify/graphql_error.hpp"

#include "tests/sim/shopify/graphql_names.hpp"
#include "tests/sim/shopify/query_cost.hpp"

namespace sim::shopify {
namespace {

constexpr const char* k_protected_data_docs = "https://shopify.dev/docs/apps/launch/protected-customer-data";

}  // namespace

void write_error(JsonWriter& out, const GraphqlError& error) {
    out.StartObject();
    out.Key("message");
    write_string(out, error.message);
    if (error.location) {
        out.Key("locations");
        out.StartArray();
        out.StartObject();
        out.Key("line");
        out.Int(error.location->first);
        out.Key("column");
        out.Int(error.location->second);
        out.EndObject();
        out.EndArray();
    }
    if (!error.path.empty()) {
        out.Key("path");
        out.StartArray();
        for (const auto& element : error.path) {
            if (const auto* name = std::get_if<std::string>(&element)) {
                write_string(out, *name);
            } else {
                out.Int(std::get<int>(element));
            }
        }
        out.EndArray();
    }
    if (!error.code.empty()) {
        out.Key("extensions");
        out.StartObject();
        out.Key("code");
        write_string(out, error.code);
        for (const auto& [key, value] : error.extension_texts) {
            out.Key(key.c_str());
            write_string(out, value);
        }
        for (const auto& [key, value] : error.extension_numbers) {
            out.Key(key.c_str());
            out.Int64(value);
        }
        out.EndObject();
    }
    out.EndObject();
}

void write_errors(JsonWriter& out, const std::vector<GraphqlError>& errors) {
    out.StartArray();
    for (const auto& error : errors) write_error(out, error);
    out.EndArray();
}

std::pair<int, int> locate_field(std::string_view query, std::string_view field) {
    std::size_t from = 0;
    while (true) {
        const auto at = query.find(field, from);
        if (at == std::string_view::npos) return {1, 1};
        const bool starts = at == 0 || !is_graphql_name_char(query[at - 1]);
        const bool ends = at + field.size() >= query.size() || !is_graphql_name_char(query[at + field.size()]);
        if (starts && ends) {
            int line = 1;
            std::size_t line_start = 0;
            for (std::size_t i = 0; i < at; ++i) {
                if (query[i] == '\n') {
                    ++line;
                    line_start = i + 1;
                }
            }
            return {line, static_cast<int>(at - line_start) + 1};
        }
        from = at + 1;
    }
}

// The answer documented under "GraphQL Admin API rate limits" (shopify.dev).
GraphqlError throttled_error() {
    GraphqlError error;
    error.message = "Throttled";
    error.code = "THROTTLED";
    error.extension_texts = {{"documentation", "https://shopify.dev/api/usage/rate-limits"}};
    return error;
}

// Shopify's wording, as apps log it verbatim (message, code, cost, maxCost).
GraphqlError max_cost_error(int requested_cost) {
    GraphqlError error;
    error.message =
        "Query cost is " + std::to_string(requested_cost) + ", which exceeds the single query max cost limit (" +
        std::to_string(query_cost::k_single_query_limit) +
        ").\n\nSee https://shopify.dev/docs/api/usage/rate-limits for more information on how the\n"
        "cost of a query is calculated.\n\nTo query larger amounts of data with fewer limits, bulk "
        "operations should be used instead.\nSee https://shopify.dev/docs/api/usage/bulk-operations/queries "
        "for usage details.\n";
    error.code = "MAX_COST_EXCEEDED";
    error.extension_numbers = {{"cost", requested_cost}, {"maxCost", query_cost::k_single_query_limit}};
    return error;
}

// Without protected customer data access Shopify nulls the field and says, per field,
// "This app is not approved to use the email field" or, for the customer, "... to access
// the Customer object", with code ACCESS_DENIED ("Work with protected customer data").
GraphqlError protected_data_error(std::string_view query, const std::string& field,
                                  std::vector<GraphqlError::PathElement> path) {
    GraphqlError error;
    if (field == "customer") {
        error.message = std::string("This app is not approved to access the Customer object. See ") +
                        k_protected_data_docs + " for more details.";
    } else {
        error.message = "This app is not approved to use the " + field + " field. See " + k_protected_data_docs +
                        " for more details.";
    }
    error.location = locate_field(query, field);
    error.path = std::move(path);
    error.code = "ACCESS_DENIED";
    error.extension_texts = {{"documentation", k_protected_data_docs}};
    return error;
}

GraphqlError invalid_variable_error(const std::string& variable, const std::string& type) {
    GraphqlError error;
    error.message = "Variable $" + variable + " of type " + type + " was provided invalid value";
    error.code = "INVALID_VARIABLE";
    return error;
}

GraphqlError unsupported_operation_error(const std::string& operation) {
    GraphqlError error;
    error.message = operation.empty() ? "An operation name is required (operationName or a named query)"
                                      : "The local Shopify does not answer operation \"" + operation + "\"";
    error.code = "UNSUPPORTED_OPERATION";
    return error;
}

}  // namespace sim::shopify
