#pragma once
// The store connections as the settings page manages them (R1, R2), for employees with
// "Can manage settings": GET /api/settings/form (the manifest's settings schema with the
// host's order types), GET /api/stores (each connection with its settings, secrets only as
// "(set)"/"(not set)", what the plugin reports: warnings, webhook status, the initial
// import's progress; and its failed imports), POST /api/stores (connect),
// POST /api/stores/remove (disconnect).
#include <optional>

#include "host/connections/connection_forms.hpp"
#include "host/plugins/manifest.hpp"
#include "host/store/host_store.hpp"
#include "host/web_api/api_access.hpp"

namespace host::web_api {

class StoresEndpoint {
public:
    // manifest: the one the host loaded; none when it was refused (then nothing connects).
    StoresEndpoint(const ApiAccess& access, store::HostStore& store, std::optional<plugins::Manifest> manifest)
        : access_(access), store_(store), manifest_(std::move(manifest)) {}

    host_api::HttpResponse form(const host_api::HttpRequest& request) const;
    host_api::HttpResponse list(const host_api::HttpRequest& request) const;
    host_api::HttpResponse connect(const host_api::HttpRequest& request) const;
    host_api::HttpResponse remove(const host_api::HttpRequest& request) const;

private:
    // The forms of the loaded plugin (made afresh: the host's order types may change).
    host_api::Result<connections::ConnectionForms> forms() const;
    host_api::Result<std::string> connections_json(const connections::ConnectionForms& forms) const;

    const ApiAccess& access_;
    store::HostStore& store_;
    std::optional<plugins::Manifest> manifest_;
};

}  // namespace host::web_api
