#include "tests/unit/sim/plugin_queries.hpp"

#include <stdexcept>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "tests/support/paths.hpp"
#include "tests/unit/sim/sim_fixture.hpp"

namespace sim_test {

std::string plugin_query(const std::string& constant) {
    const auto source = read_text(test_support::source_dir() / "plugin/shopify/graphql_operations.cpp");
    const std::string open = constant + " = R\"graphql(";
    const auto start = source.find(open);
    const auto end = start == std::string::npos ? start : source.find(")graphql\"", start);
    if (end == std::string::npos)
        throw std::runtime_error("no " + constant +
                                 " = R\"graphql(...)graphql\" in plugin/shopify/graphql_operations.cpp");
    return source.substr(start + open.size(), end - start - open.size());
}

std::string json_string(const std::string& text) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
    return buffer.GetString();
}

std::string graphql_body(const std::string& query, const std::string& operation, const std::string& variables_json) {
    return "{\"query\":" + json_string(query) + ",\"operationName\":" + json_string(operation) +
           ",\"variables\":" + variables_json + "}";
}

}  // namespace sim_test
