#pragma once
// The query texts the plugin sends, read from plugin/shopify/graphql_operations.cpp by
// the name of their constant (the sim's tests do not link the plugin), and GraphQL request
// bodies built from them: the sim is tested against the very texts it must answer.
#include <string>

namespace sim_test {

// The raw string of `constant` there, e.g. plugin_query("k_shop_info_query"). Throws
// std::runtime_error when the file has no such constant.
std::string plugin_query(const std::string& constant);

// {"query": <text>, "operationName": <operation>, "variables": <variables_json>}
std::string graphql_body(const std::string& query, const std::string& operation,
                         const std::string& variables_json = "{}");

// A JSON string literal of `text`, quotes included.
std::string json_string(const std::string& text);

}  // namespace sim_test
