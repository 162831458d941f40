#pragma once
// Reading Shopify's JSON leniently: a missing member, null or another type reads as
// absent, so one odd field never throws (rapidjson asserts on a wrong type).
#include <cstdint>
#include <cstdlib>
#include <string>

#include <rapidjson/document.h>

namespace shopify {

inline const rapidjson::Value* member(const rapidjson::Value& object, const char* name) {
    if (!object.IsObject()) return nullptr;
    const auto found = object.FindMember(name);
    return found == object.MemberEnd() ? nullptr : &found->value;
}

inline std::string text_at(const rapidjson::Value& object, const char* name) {
    const auto* value = member(object, name);
    return value != nullptr && value->IsString() ? std::string(value->GetString(), value->GetStringLength()) : "";
}

// A whole number given as a number or as text (GraphQL's UnsignedInt64 is text).
inline std::int64_t whole_number_at(const rapidjson::Value& object, const char* name) {
    const auto* value = member(object, name);
    if (value == nullptr) return 0;
    if (value->IsInt64()) return value->GetInt64();
    return value->IsString() ? std::atoll(value->GetString()) : 0;
}

}  // namespace shopify
