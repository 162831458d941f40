#include "host/plugins/json_schema_errors.hpp"

#include <rapidjson/pointer.h>
#include <rapidjson/stringbuffer.h>

namespace host::plugins {
namespace {

std::string pointer_text(const rapidjson::Pointer& pointer) {
    rapidjson::StringBuffer buffer;
    pointer.Stringify(buffer);
    return buffer.GetString();
}

std::string missing_properties(const rapidjson::Value* object, const rapidjson::Value* schema) {
    if (object == nullptr || schema == nullptr || !object->IsObject() || !schema->IsObject()) return {};
    const auto required = schema->FindMember("required");
    if (required == schema->MemberEnd() || !required->value.IsArray()) return {};
    std::string names;
    for (const auto& name : required->value.GetArray()) {
        if (!name.IsString() || object->HasMember(name.GetString())) continue;
        if (!names.empty()) names += ", ";
        names += std::string("'") + name.GetString() + "'";
    }
    return names;
}

std::string message_for(const std::string& keyword, const rapidjson::Value* value, const rapidjson::Value* schema) {
    if (keyword == "required") return "missing required property " + missing_properties(value, schema);
    if (keyword == "type") return "has the wrong type";
    if (keyword == "pattern") return "does not have the expected format";
    if (keyword == "enum") return "is not one of the allowed values";
    if (keyword == "minLength") return "must not be shorter than allowed";
    if (keyword == "maxLength") return "is longer than allowed";
    if (keyword == "minimum") return "is smaller than allowed";
    if (keyword == "additionalProperties") return "has a property that is not allowed";
    return "violates '" + keyword + "'";
}

}  // namespace

SchemaViolation describe_schema_violation(const rapidjson::SchemaValidator& validator,
                                          const rapidjson::Value& document, const rapidjson::Value& schema) {
    const rapidjson::Pointer value_pointer = validator.GetInvalidDocumentPointer();
    const rapidjson::Pointer schema_pointer = validator.GetInvalidSchemaPointer();
    const std::string keyword = validator.GetInvalidSchemaKeyword();
    const rapidjson::Value* value = value_pointer.Get(document);
    const rapidjson::Value* rule = schema_pointer.Get(schema);
    return SchemaViolation{pointer_text(value_pointer), keyword, message_for(keyword, value, rule)};
}

std::string format_violation(const SchemaViolation& violation) {
    return (violation.field.empty() ? std::string("/") : violation.field) + ": " + violation.message;
}

}  // namespace host::plugins
