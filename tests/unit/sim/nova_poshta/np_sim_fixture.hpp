#pragma once
// The local Nova Poshta running in-process on a free loopback port, and the requests the
// tests send it over real HTTPS (the host's outbound client, trusting the sim's CA).
#include <filesystem>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "host/http/outbound_client.hpp"
#include "shipping_adapters/nova_poshta/tracking_request.hpp"
#include "shipping_adapters/nova_poshta/tracking_response.hpp"
#include "tests/sim/nova_poshta/document_registry.hpp"
#include "tests/sim/nova_poshta/fault_injector.hpp"
#include "tests/sim/nova_poshta/novaposhta_sim.hpp"
#include "tests/sim/nova_poshta/sim_stats.hpp"
#include "tests/support/temp_dir.hpp"

namespace np_sim_test {

inline constexpr const char* k_api_key = "np-sim-test-key-93ab";

class RunningNovaPoshta {
public:
    explicit RunningNovaPoshta(const std::string& api_key = k_api_key);

    sim::nova_poshta::NovaPoshtaSim& sim() { return sim_; }
    const std::filesystem::path& ca_file() const { return ca_file_; }

    // Any request; REQUIREs an answer (a dropped connection fails the test).
    host_api::OutboundResponse request(const std::string& method, const std::string& target,
                                       const std::string& body = "");
    // The request as sent, answered or not.
    host_api::Result<host_api::OutboundResponse> send(const std::string& method, const std::string& target,
                                                      const std::string& body = "");
    // POST /v2.0/json/ with this body; the answer as JSON (REQUIREs HTTP 200 and JSON).
    rapidjson::Document api(const std::string& body);
    // getStatusDocuments for these documents, read back with the adapter's parser.
    adapters::nova_poshta::TrackingResponse track(const std::vector<adapters::nova_poshta::TrackingQuery>& documents,
                                                  const std::string& api_key = k_api_key);
    // POST to the control API.
    host_api::OutboundResponse control(const std::string& target, const std::string& body);
    // GET /_sim/stats, parsed.
    rapidjson::Document stats();

private:
    test_support::TempDir dir_;
    sim::nova_poshta::NovaPoshtaSim sim_;
    std::filesystem::path ca_file_;
    host::http::OutboundClient client_;
};

rapidjson::Document parse_json(const std::string& text);

}  // namespace np_sim_test
