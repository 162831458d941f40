#pragma once
// Reading Shopify's REST JSON and writing GraphQL JSON: ids as exact integers (some exceed
// 2^53, so never through double), absent and null treated alike.
#include <optional>
#include <string>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace sim::shopify {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// The member's value, or nullptr when it is absent or null.
const rapidjson::Value* member(const rapidjson::Value& object, const char* name);

// An id written as a JSON integer or a string of digits, as its exact decimal digits.
// RapidJSON keeps integers up to 2^64-1 exactly; a number with a fraction is no id.
std::optional<std::string> exact_id(const rapidjson::Value& value);
std::optional<std::string> member_id(const rapidjson::Value& object, const char* name);

// A string member; nullopt when absent, null or not a string.
std::optional<std::string> member_string(const rapidjson::Value& object, const char* name);

// A scalar as text: a string as is, a number or boolean as its JSON text, null as nullopt.
// Objects and arrays become their compact JSON text.
std::optional<std::string> as_text(const rapidjson::Value* value);

void write_optional(JsonWriter& out, const std::optional<std::string>& value);
void write_string(JsonWriter& out, const std::string& value);
// Writes decimal digits (an exact id) as a JSON number.
void write_number_text(JsonWriter& out, const std::string& digits);

// Compact JSON text of a value.
std::string to_json(const rapidjson::Value& value);

}  // namespace sim::shopify
