#pragma once
// A store connection's settings from command-line options: each --option-name is the
// schema property option_name; the manifest's settings schema validates the result, with
// the host's order types as the order_type options (R1).
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "host/cli/cli_context.hpp"
#include "host/connections/connection_forms.hpp"
#include "host/plugins/manifest.hpp"
#include "host/store/host_store.hpp"

namespace host::cli {

struct StoreSettingsForm {
    plugins::Manifest manifest;
    connections::ConnectionForms forms;
    rapidjson::Document settings;  // not validated yet: ConnectionForms::connect does
};

// Options that are not settings of a connection (global or the command's own).
inline const std::vector<std::string> k_non_setting_options{"manifest", "lib-dir"};

host_api::Result<StoreSettingsForm> read_store_settings(const CliContext& context, store::HostStore& store);
std::string option_name(const std::string& field);  // "client_secret" -> "client-secret"

}  // namespace host::cli
