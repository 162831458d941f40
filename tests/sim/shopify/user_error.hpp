#pragma once
// A mutation's userErrors entry: what Shopify refused and which input it blames, answered
// inside "data" (HTTP 200, no "errors"), as every Admin API mutation payload does.
#include <optional>
#include <string>
#include <vector>

#include "tests/sim/shopify/json_fields.hpp"

namespace sim::shopify {

struct UserError {
    std::optional<std::vector<std::string>> field;  // the input's path; null when none
    std::string message;
};

// "userErrors": [{"field": [...], "message": "..."}], with only the fields the plugin
// selects (field, message).
void write_user_errors(JsonWriter& out, const std::vector<UserError>& errors);

}  // namespace sim::shopify
