#include "host/plugins/manifest_schema.hpp"

namespace host::plugins {

const char* const k_manifest_schema = R"json({
  "type": "object",
  "required": ["id", "name", "version", "host_api_version", "library", "adapters", "outbound_hosts", "settings_schema"],
  "properties": {
    "id": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
    "name": {"type": "string", "minLength": 1},
    "version": {"type": "string", "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+"},
    "host_api_version": {"type": "integer", "minimum": 1},
    "library": {"type": "string", "pattern": "^[^/]+\\.so$"},
    "outbound_hosts": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "adapters": {
      "type": "array",
      "items": {
        "type": "object",
        "required": ["id", "library", "takes"],
        "properties": {
          "id": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
          "name": {"type": "string"},
          "library": {"type": "string", "pattern": "^[^/]+\\.so$"},
          "takes": {"type": "array", "items": {"type": "string", "minLength": 1}},
          "refuses": {"type": "array", "items": {"type": "string", "minLength": 1}},
          "countries": {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{2}$"}},
          "fallback": {"type": "boolean"}
        }
      }
    },
    "settings_schema": {
      "type": "object",
      "required": ["type", "properties"],
      "properties": {"type": {"enum": ["object"]}, "properties": {"type": "object"}}
    }
  }
})json";

}  // namespace host::plugins
