#pragma once
// POST /v2.0/json/: the Nova Poshta API 2.0 envelope, answering
// TrackingDocument.getStatusDocuments as the real API does: HTTP 200 with
// "success": false and the API's own errors for a wrong key or bad documents, records
// for up to 100 documents otherwise. Faults asked for through the control API come first.
#include <string>

#include "host_api/http.hpp"
#include "tests/sim/common/sim_reply.hpp"
#include "tests/sim/nova_poshta/document_registry.hpp"
#include "tests/sim/nova_poshta/fault_injector.hpp"
#include "tests/sim/nova_poshta/sim_stats.hpp"

namespace sim::nova_poshta {

inline constexpr const char* k_api_path = "/v2.0/json/";
inline constexpr std::size_t k_documents_limit = 100;

class TrackingEndpoint {
public:
    TrackingEndpoint(std::string api_key, DocumentRegistry& documents, FaultInjector& faults, SimStats& stats)
        : api_key_(std::move(api_key)), documents_(documents), faults_(faults), stats_(stats) {}

    common::SimReply answer(const host_api::HttpRequest& request);

private:
    std::string api_key_;
    DocumentRegistry& documents_;
    FaultInjector& faults_;
    SimStats& stats_;
};

}  // namespace sim::nova_poshta
