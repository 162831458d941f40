#pragma once
// Reading Nova Poshta JSON without trusting its types: the same field comes as "400" in
// one record and 400 in the next, messages as strings, {"ID_…": "text"} objects or
// arrays of either, "info" as [] or {} (see the fixtures under fixtures/novaposhta).
#include <string>
#include <vector>

#include <rapidjson/document.h>

namespace adapters::nova_poshta {

// The member, or nullptr when `object` is no object or has no such member.
const rapidjson::Value* member(const rapidjson::Value& object, const char* name);

// A string as is, a number in its shortest decimal form ("2.99", "400"), true/false as
// words; null, absent, objects and arrays as "".
std::string text_of(const rapidjson::Value* value);

// true, "true", "1" or a non-zero number.
bool truthy(const rapidjson::Value* value);

// Every message in a string, an array, or an object (one "KEY: text" per member), nested
// to any depth; empty strings left out.
std::vector<std::string> messages_of(const rapidjson::Value* value);

}  // namespace adapters::nova_poshta
