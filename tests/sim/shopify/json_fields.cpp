#include "tests/sim/shopify/json_fields.hpp"

#include <cstdint>

namespace sim::shopify {

const rapidjson::Value* member(const rapidjson::Value& object, const char* name) {
    if (!object.IsObject()) return nullptr;
    const auto found = object.FindMember(name);
    if (found == object.MemberEnd() || found->value.IsNull()) return nullptr;
    return &found->value;
}

std::optional<std::string> exact_id(const rapidjson::Value& value) {
    if (value.IsUint64()) return std::to_string(value.GetUint64());
    if (value.IsInt64()) return std::to_string(value.GetInt64());
    if (value.IsString() && value.GetStringLength() > 0) {
        const std::string text(value.GetString(), value.GetStringLength());
        for (const char c : text)
            if (c < '0' || c > '9') return std::nullopt;
        return text;
    }
    return std::nullopt;
}

std::optional<std::string> member_id(const rapidjson::Value& object, const char* name) {
    const auto* value = member(object, name);
    return value != nullptr ? exact_id(*value) : std::nullopt;
}

std::optional<std::string> member_string(const rapidjson::Value& object, const char* name) {
    const auto* value = member(object, name);
    if (value == nullptr || !value->IsString()) return std::nullopt;
    return std::string(value->GetString(), value->GetStringLength());
}

std::optional<std::string> as_text(const rapidjson::Value* value) {
    if (value == nullptr || value->IsNull()) return std::nullopt;
    if (value->IsString()) return std::string(value->GetString(), value->GetStringLength());
    return to_json(*value);
}

void write_optional(JsonWriter& out, const std::optional<std::string>& value) {
    if (value) {
        out.String(value->c_str(), static_cast<rapidjson::SizeType>(value->size()));
    } else {
        out.Null();
    }
}

void write_string(JsonWriter& out, const std::string& value) {
    out.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
}

void write_number_text(JsonWriter& out, const std::string& digits) {
    out.RawValue(digits.c_str(), digits.size(), rapidjson::kNumberType);
}

std::string to_json(const rapidjson::Value& value) {
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    value.Accept(out);
    return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace sim::shopify
