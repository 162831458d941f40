#pragma once
// Turns a failed RapidJSON schema validation into a readable sentence.
#include <string>

#include <rapidjson/document.h>
#include <rapidjson/schema.h>

namespace host::plugins {

struct SchemaViolation {
    std::string field;    // the JSON pointer of the offending value, "" for the whole document
    std::string keyword;  // the schema keyword that failed: "required", "pattern", …
    std::string message;  // e.g. "missing required property 'library'"
};

// The document and schema are the ones the validator ran on; they let the message name
// the missing property, which RapidJSON 1.1 does not report itself.
SchemaViolation describe_schema_violation(const rapidjson::SchemaValidator& validator,
                                          const rapidjson::Value& document, const rapidjson::Value& schema);

// "/adapters/0: missing required property 'library'"
std::string format_violation(const SchemaViolation& violation);

}  // namespace host::plugins
