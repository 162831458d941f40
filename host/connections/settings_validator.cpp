#include "host/connections/settings_validator.hpp"

#include <algorithm>
#include <memory>

#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace host::connections {
namespace {

const rapidjson::Value* member(const rapidjson::Value& object, const char* name) {
    if (!object.IsObject()) return nullptr;
    const auto found = object.FindMember(name);
    return found == object.MemberEnd() ? nullptr : &found->value;
}

std::string string_member(const rapidjson::Value& object, const char* name) {
    const auto* value = member(object, name);
    return value != nullptr && value->IsString() ? value->GetString() : "";
}

std::string joined(const rapidjson::Value& values) {
    std::string out;
    for (const auto& value : values.GetArray()) {
        if (!value.IsString()) continue;
        if (!out.empty()) out += ", ";
        out += value.GetString();
    }
    return out;
}

std::string number_text(const rapidjson::Value& rule, const char* name) {
    const auto* value = member(rule, name);
    if (value == nullptr || !value->IsNumber()) return "?";
    return value->IsInt64() ? std::to_string(value->GetInt64()) : std::to_string(value->GetDouble());
}

// The message for the keyword a single property's value failed.
std::string problem(const std::string& keyword, const rapidjson::Value& rule) {
    if (keyword == "pattern") {
        const auto hint = string_member(rule, "x-format-hint");
        return hint.empty() ? "does not have the expected format" : hint;
    }
    if (keyword == "enum") {
        const auto* values = member(rule, "enum");
        return "must be one of: " + (values != nullptr ? joined(*values) : std::string());
    }
    if (keyword == "minLength") return "must not be empty";
    if (keyword == "maxLength") return "is too long";
    if (keyword == "type") return "must be " + string_member(rule, "type");
    if (keyword == "minimum") return "must be at least " + number_text(rule, "minimum");
    if (keyword == "maximum") return "must be at most " + number_text(rule, "maximum");
    return "is not valid (" + keyword + ")";
}

void fill_host_options(rapidjson::Document& schema, const HostProvidedOptions& options) {
    auto* properties = const_cast<rapidjson::Value*>(member(schema, "properties"));
    if (properties == nullptr || !properties->IsObject()) return;
    auto& allocator = schema.GetAllocator();
    for (auto& property : properties->GetObject()) {
        const auto source = string_member(property.value, "x-options-from-host");
        if (source.empty()) continue;
        rapidjson::Value values(rapidjson::kArrayType);
        const auto found = options.find(source);
        if (found != options.end())
            for (const auto& option : found->second)
                values.PushBack(rapidjson::Value(option.c_str(), allocator), allocator);
        property.value.RemoveMember("enum");
        property.value.AddMember("enum", values, allocator);
    }
}

}  // namespace

host_api::Result<SettingsValidator> SettingsValidator::create(const std::string& schema_json,
                                                              const HostProvidedOptions& options) {
    SettingsValidator validator;
    validator.schema_ = std::make_shared<rapidjson::Document>();
    validator.schema_->Parse(schema_json.c_str(), schema_json.size());
    if (validator.schema_->HasParseError() || member(*validator.schema_, "properties") == nullptr)
        return host_api::permanent_error("the settings schema is not a JSON Schema object with properties");
    fill_host_options(*validator.schema_, options);
    return validator;
}

std::string SettingsValidator::title_of(const std::string& name) const {
    const auto* rule = member(*member(*schema_, "properties"), name.c_str());
    const auto title = rule != nullptr ? string_member(*rule, "title") : "";
    return title.empty() ? name : title;
}

bool SettingsValidator::given(const rapidjson::Value& settings, const char* name) {
    const auto* value = member(settings, name);
    return value != nullptr && !(value->IsString() && value->GetStringLength() == 0);
}

// "anyOf": [{"required": [a]}, {"required": [b]}] at the top: one of the groups must be
// given in full ("token or client id"). Reported at the first group's first field.
std::optional<FieldError> SettingsValidator::missing_alternative(const rapidjson::Value& settings) const {
    const auto* groups = member(*schema_, "anyOf");
    if (groups == nullptr || !groups->IsArray() || groups->Empty()) return std::nullopt;
    std::string titles;
    std::string first_field;
    for (const auto& group : groups->GetArray()) {
        const auto* names = member(group, "required");
        if (names == nullptr || !names->IsArray() || names->Empty()) return std::nullopt;
        bool complete = true;
        std::string group_titles;
        for (const auto& name : names->GetArray()) {
            complete = complete && given(settings, name.GetString());
            group_titles += (group_titles.empty() ? "" : " and ") + title_of(name.GetString());
        }
        if (complete) return std::nullopt;
        if (first_field.empty()) first_field = (*names)[0].GetString();
        titles += (titles.empty() ? "" : " or ") + group_titles;
    }
    return FieldError{first_field, titles + " is required", "anyOf"};
}

std::vector<FieldError> SettingsValidator::check_field(const std::string& name, const rapidjson::Value& rule,
                                                       const rapidjson::Value& value) const {
    rapidjson::Document rule_copy;
    rule_copy.CopyFrom(rule, rule_copy.GetAllocator());
    const rapidjson::SchemaDocument schema(rule_copy);
    rapidjson::SchemaValidator validator(schema);
    if (value.Accept(validator)) return {};
    const std::string keyword = validator.GetInvalidSchemaKeyword();
    const bool bounded =
        keyword == "minimum" || keyword == "maximum" || keyword == "minLength" || keyword == "maxLength";
    return {FieldError{name, title_of(name) + " " + problem(keyword, rule), keyword,
                       bounded ? number_text(rule, keyword.c_str()) : ""}};
}

std::vector<FieldError> SettingsValidator::validate(const rapidjson::Value& settings) const {
    if (!settings.IsObject()) return {FieldError{"", "settings must be a JSON object", "type"}};
    std::vector<FieldError> errors;
    const auto& properties = *member(*schema_, "properties");
    if (const auto* required = member(*schema_, "required"); required != nullptr && required->IsArray()) {
        for (const auto& name : required->GetArray())
            if (!given(settings, name.GetString()))
                errors.push_back(
                    FieldError{name.GetString(), title_of(name.GetString()) + " is required", "required"});
    }
    if (auto error = missing_alternative(settings)) errors.push_back(std::move(*error));
    for (const auto& field : settings.GetObject()) {
        const std::string name = field.name.GetString();
        const auto* rule = member(properties, name.c_str());
        if (rule == nullptr) {
            errors.push_back(FieldError{name, "unknown setting '" + name + "'", "unknown"});
            continue;
        }
        const bool reported = std::any_of(errors.begin(), errors.end(), [&](const auto& e) { return e.field == name; });
        if (reported) continue;
        for (auto& error : check_field(name, *rule, field.value)) errors.push_back(std::move(error));
    }
    return errors;
}

std::vector<std::string> SettingsValidator::secret_fields() const {
    std::vector<std::string> out;
    for (const auto& property : member(*schema_, "properties")->GetObject()) {
        const auto* write_only = member(property.value, "writeOnly");
        if (write_only != nullptr && write_only->IsBool() && write_only->GetBool())
            out.emplace_back(property.name.GetString());
    }
    return out;
}

std::vector<std::string> SettingsValidator::field_names() const {
    std::vector<std::string> out;
    for (const auto& property : member(*schema_, "properties")->GetObject())
        out.emplace_back(property.name.GetString());
    return out;
}

bool SettingsValidator::has_field(const std::string& name) const {
    return member(*member(*schema_, "properties"), name.c_str()) != nullptr;
}

std::string SettingsValidator::type_of(const std::string& name) const {
    const auto* rule = member(*member(*schema_, "properties"), name.c_str());
    return rule != nullptr ? string_member(*rule, "type") : "";
}

std::string SettingsValidator::redacted(const rapidjson::Value& settings) const {
    rapidjson::Document copy;
    copy.CopyFrom(settings, copy.GetAllocator());
    for (const auto& secret : secret_fields()) {
        auto found = copy.FindMember(secret.c_str());
        const bool set = found != copy.MemberEnd() && found->value.IsString() && found->value.GetStringLength() > 0;
        if (found != copy.MemberEnd()) copy.RemoveMember(found);
        copy.AddMember(rapidjson::Value(secret.c_str(), copy.GetAllocator()),
                       rapidjson::Value(set ? "(set)" : "(not set)", copy.GetAllocator()), copy.GetAllocator());
    }
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    copy.Accept(writer);
    return buffer.GetString();
}

std::string SettingsValidator::schema_json() const {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    schema_->Accept(writer);
    return buffer.GetString();
}

}  // namespace host::connections
