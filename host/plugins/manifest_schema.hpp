#pragma once
// The JSON Schema every manifest.json is validated against before anything is loaded.
namespace host::plugins {

extern const char* const k_manifest_schema;

}  // namespace host::plugins
