#pragma once
// The demo's Nova Poshta: the local Nova Poshta API (novaposhta-sim, built beside
// exchange-host) started as a child process on a free loopback port, knowing the sample
// TTNs from the start; its control API moves a TTN to another status, as a parcel's
// journey would. Stopped when this object goes.
#include <filesystem>
#include <memory>
#include <string>

#include "host/cli/demo_server_process.hpp"
#include "host/http/outbound_client.hpp"
#include "host_api/result.hpp"

namespace host::cli {

struct DemoNovaPoshtaOptions {
    std::filesystem::path executable;  // novaposhta-sim
    std::filesystem::path ca_file;     // where the server writes the CA to trust
    std::string api_key;               // the one key it accepts
    std::filesystem::path documents;   // the TTNs it knows from the start (control API shape)
};

class DemoNovaPoshta {
public:
    static host_api::Result<std::unique_ptr<DemoNovaPoshta>> start(const DemoNovaPoshtaOptions& options);

    std::string base_url() const { return "https://127.0.0.1:" + std::to_string(server_->port()); }
    // Where the host asks TrackingDocument.getStatusDocuments.
    std::string api_url() const { return base_url() + "/v2.0/json/"; }
    const std::filesystem::path& ca_file() const { return options_.ca_file; }
    // From now on Nova Poshta answers this status code (and its text) for the TTN.
    host_api::Result<void> move(const std::string& ttn, const std::string& status_code);

private:
    DemoNovaPoshta(DemoNovaPoshtaOptions options, std::unique_ptr<DemoServerProcess> server);

    DemoNovaPoshtaOptions options_;
    std::unique_ptr<DemoServerProcess> server_;
    http::OutboundClient client_;
};

}  // namespace host::cli
