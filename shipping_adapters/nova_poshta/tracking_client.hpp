#pragma once
// Asks the Nova Poshta API for the status of up to 100 TTNs, through the host's outbound
// HTTP (only to hosts the manifest declares).
#include <string>
#include <vector>

#include "host_api/http.hpp"
#include "host_api/nova_poshta_integration.hpp"
#include "host_api/result.hpp"
#include "shipping_adapters/nova_poshta/tracking_request.hpp"
#include "shipping_adapters/nova_poshta/tracking_response.hpp"

namespace adapters::nova_poshta {

inline constexpr const char* k_default_api_url = "https://api.novaposhta.ua/v2.0/json/";
// "TrackingDocument.getStatusDocuments: up to 100 documents in one request".
inline constexpr std::size_t k_documents_per_request = 100;

class TrackingClient {
public:
    explicit TrackingClient(host_api::OutboundHttp& http) : http_(http) {}

    // The answer when "success" is true. An Error (transient: worth the next round) names
    // the reason: the network, an HTTP status, a body that is no JSON, or the API's own
    // errors. Never the key.
    host_api::Result<TrackingResponse> status_documents(const host_api::NovaPoshtaSettings& settings,
                                                        const std::vector<TrackingQuery>& documents);

private:
    host_api::OutboundHttp& http_;
};

}  // namespace adapters::nova_poshta
