#pragma once
// Connecting and disconnecting stores as people do it, from the command line or the
// host's pages (R1, R2): the settings are checked against the manifest's settings schema,
// with the host's order types as the order type's options; a display name another shop
// uses is refused (orders would not say which store); adding a known shop again
// reconnects it with the new settings, and a new name for it is carried to the orders and
// import log lines that name it. What is shown of a connection never holds a secret.
#include <string>
#include <utility>
#include <vector>

#include <rapidjson/document.h>

#include "host/connections/settings_validator.hpp"
#include "host/plugins/manifest.hpp"
#include "host/store/host_store.hpp"

namespace host::connections {

struct ConnectOutcome {
    host_api::ConnectionId id = 0;   // 0 when refused
    std::vector<FieldError> errors;  // why, field by field
};

class ConnectionForms {
public:
    static host_api::Result<ConnectionForms> create(const plugins::Manifest& manifest, store::HostStore& store);

    const SettingsValidator& validator() const { return validator_; }
    const std::string& plugin_id() const { return plugin_id_; }

    host_api::Result<ConnectOutcome> connect(const rapidjson::Value& settings);
    // Its imported orders stay; the running host tells the plugin.
    host_api::Result<void> disconnect(host_api::ConnectionId id);

    // The settings with every secret replaced by "(set)" or "(not set)", as JSON.
    std::string shown_settings(const store::StoredConnection& connection) const;
    // {"id","connected",…the shown settings…,"notices":{…}}
    std::string shown(const store::StoredConnection& connection,
                      const std::vector<std::pair<std::string, std::string>>& notices) const;

private:
    ConnectionForms(std::string plugin_id, SettingsValidator validator, store::HostStore& store)
        : plugin_id_(std::move(plugin_id)), validator_(std::move(validator)), store_(&store) {}

    host_api::Result<void> reconnect(const store::StoredConnection& known, const std::string& name,
                                     const std::string& settings_json);

    std::string plugin_id_;
    SettingsValidator validator_;
    store::HostStore* store_;
};

// A text setting of a connection's settings JSON; "" when absent.
std::string setting_of(const std::string& settings_json, const char* name);

}  // namespace host::connections
