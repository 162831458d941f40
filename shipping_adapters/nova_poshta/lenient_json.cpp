#include "shipping_adapters/nova_poshta/lenient_json.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace adapters::nova_poshta {
namespace {

void collect(const rapidjson::Value& value, const std::string& key, std::vector<std::string>& out) {
    if (value.IsArray()) {
        for (const auto& item : value.GetArray()) collect(item, key, out);
    } else if (value.IsObject()) {
        for (const auto& field : value.GetObject()) {
            const std::string name(field.name.GetString(), field.name.GetStringLength());
            collect(field.value, key.empty() ? name : key + "." + name, out);
        }
    } else {
        const std::string text = text_of(&value);
        if (!text.empty()) out.push_back(key.empty() ? text : key + ": " + text);
    }
}

}  // namespace

const rapidjson::Value* member(const rapidjson::Value& object, const char* name) {
    if (!object.IsObject()) return nullptr;
    const auto found = object.FindMember(name);
    return found == object.MemberEnd() ? nullptr : &found->value;
}

std::string text_of(const rapidjson::Value* value) {
    if (value == nullptr) return {};
    if (value->IsString()) return std::string(value->GetString(), value->GetStringLength());
    if (value->IsBool()) return value->GetBool() ? "true" : "false";
    if (value->IsInt64()) return std::to_string(value->GetInt64());
    if (value->IsUint64()) return std::to_string(value->GetUint64());
    if (value->IsNumber()) {
        // RapidJSON writes the shortest text that reads back as the same double.
        rapidjson::StringBuffer buffer;
        rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
        value->Accept(writer);
        return std::string(buffer.GetString(), buffer.GetSize());
    }
    return {};
}

bool truthy(const rapidjson::Value* value) {
    if (value == nullptr) return false;
    if (value->IsBool()) return value->GetBool();
    if (value->IsString()) {
        const std::string text = text_of(value);
        return text == "true" || text == "1";
    }
    if (value->IsNumber()) return value->GetDouble() != 0;
    return false;
}

std::vector<std::string> messages_of(const rapidjson::Value* value) {
    std::vector<std::string> out;
    if (value != nullptr) collect(*value, "", out);
    return out;
}

}  // namespace adapters::nova_poshta
