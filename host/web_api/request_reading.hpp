#pragma once
// Reading what a page or tool sent: the JSON body of a POST and the query of a GET.
#include <cstdint>
#include <optional>
#include <string>

#include <rapidjson/document.h>

#include "host_api/http.hpp"
#include "host_api/result.hpp"

namespace host::web_api {

// The body as a JSON object; an error names what was wrong with it.
host_api::Result<rapidjson::Document> json_object_body(const host_api::HttpRequest& request);

// A member's text, or "" when absent or not text.
std::string text_member(const rapidjson::Value& object, const char* name);
std::optional<std::int64_t> whole_number_member(const rapidjson::Value& object, const char* name);

// One parameter of an undecoded query ("a=1&q=%D0%9E"), decoded; "" when absent.
std::string query_parameter(const std::string& query, const std::string& name);

}  // namespace host::web_api
