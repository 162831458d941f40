#include "shipping_adapters/nova_poshta/tracking_client.hpp"

#include <chrono>

namespace adapters::nova_poshta {

host_api::Result<TrackingResponse> TrackingClient::status_documents(const host_api::NovaPoshtaSettings& settings,
                                                                    const std::vector<TrackingQuery>& documents) {
    host_api::OutboundRequest request;
    request.method = "POST";
    request.url = settings.api_url.empty() ? k_default_api_url : settings.api_url;
    request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    request.body = status_documents_request(settings.api_key, documents);
    request.timeout = std::chrono::seconds(20);
    request.ca_file = settings.ca_file;

    auto sent = http_.send(request);
    if (!sent) return host_api::transient_error(sent.error().message);
    if (sent->status != 200)
        return host_api::transient_error("Nova Poshta answered HTTP " + std::to_string(sent->status));
    auto parsed = parse_tracking_response(sent->body);
    if (!parsed) return host_api::transient_error(parsed.error().message);
    if (!parsed->success) return host_api::transient_error("Nova Poshta refused: " + failure_reason(*parsed));
    return parsed;
}

}  // namespace adapters::nova_poshta
