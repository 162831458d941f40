#pragma once
// A store connection: one set of settings, validated by the host against the settings
// schema of manifest.json, handed to the plugin as JSON (R1, R2).
#include <string>

#include "host_api/ids.hpp"

namespace host_api {

struct StoreConnection {
    ConnectionId id = 0;
    std::string settings_json;  // an object matching the manifest's settings schema, secrets included
    bool connected = true;
};

}  // namespace host_api
