#pragma once
// Entries of a GraphQL answer's "errors" array, in the shapes Shopify's Admin API uses.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "tests/sim/shopify/json_fields.hpp"

namespace sim::shopify {

struct GraphqlError {
    using PathElement = std::variant<std::string, int>;

    std::string message;
    std::optional<std::pair<int, int>> location;  // line, column (1-based)
    std::vector<PathElement> path;
    std::string code;  // extensions.code; no "extensions" when empty
    std::vector<std::pair<std::string, std::string>> extension_texts;
    std::vector<std::pair<std::string, long long>> extension_numbers;
};

void write_error(JsonWriter& out, const GraphqlError& error);
void write_errors(JsonWriter& out, const std::vector<GraphqlError>& errors);

// Where `field` is first selected in the query text, for "locations"; (1, 1) if nowhere.
std::pair<int, int> locate_field(std::string_view query, std::string_view field);

// The bucket lacks the requested points.
GraphqlError throttled_error();
// The query requests more than the single-query limit.
GraphqlError max_cost_error(int requested_cost);
// A protected customer data field withheld from the app (Basic plan): "customer" is the
// Customer object, the others (email, phone, shippingAddress, billingAddress) fields.
GraphqlError protected_data_error(std::string_view query, const std::string& field,
                                  std::vector<GraphqlError::PathElement> path);
GraphqlError invalid_variable_error(const std::string& variable, const std::string& type);
GraphqlError unsupported_operation_error(const std::string& operation);

}  // namespace sim::shopify
