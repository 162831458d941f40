#pragma once
// Validates a store connection's settings against the settings schema of manifest.json,
// field by field, so that a form (CLI or page) can show every problem at its field (R1).
// Options that come from the host (order types) are filled into the schema here.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "host_api/result.hpp"

namespace host::connections {

struct FieldError {
    std::string field;    // the property name, e.g. "domain"
    std::string message;  // e.g. "Shop domain must look like my-shop.myshopify.com"
    // The schema keyword it failed ("required", "pattern", "minimum", "anyOf", "unknown",
    // "taken", …): pages translate the message by it.
    std::string rule;
    std::string limit{};  // the bound of a minimum, maximum, minLength or maxLength rule
};

// Where "x-options-from-host" names a list, these are its values ("order_types" -> names).
using HostProvidedOptions = std::map<std::string, std::vector<std::string>>;

class SettingsValidator {
public:
    static host_api::Result<SettingsValidator> create(const std::string& schema_json,
                                                      const HostProvidedOptions& options);

    std::vector<FieldError> validate(const rapidjson::Value& settings) const;
    // The property names marked writeOnly: secrets that are never shown back.
    std::vector<std::string> secret_fields() const;
    std::vector<std::string> field_names() const;
    bool has_field(const std::string& name) const;
    // The field's JSON Schema "type" ("string", "integer", …); "" when it has none.
    std::string type_of(const std::string& name) const;
    // The settings as JSON with every secret replaced by "(set)" or "(not set)".
    std::string redacted(const rapidjson::Value& settings) const;
    // The schema as validated, with the host's options filled in: what a form is made from.
    std::string schema_json() const;

private:
    SettingsValidator() = default;
    std::vector<FieldError> check_field(const std::string& name, const rapidjson::Value& rule,
                                        const rapidjson::Value& value) const;
    std::string title_of(const std::string& name) const;
    static bool given(const rapidjson::Value& settings, const char* name);  // present and not ""
    std::optional<FieldError> missing_alternative(const rapidjson::Value& settings) const;

    std::shared_ptr<rapidjson::Document> schema_;  // shared: a validator is copied around
};

}  // namespace host::connections
