#pragma once
// The local Nova Poshta's control API for tests and scripts, plain JSON under /_sim/:
//   POST /_sim/documents  {"number","status_code","status","phone","recipient_name",
//                          "city","warehouse","cost"} or an array of them: creates a TTN or
//                          moves it to another status (a missing status text is the API's
//                          own for the code); answers {"documents":[{number,status_code,status}]}
//   POST /_sim/faults     {"rate":0..1,"kinds":["500","drop"],"seed":N}
//   GET  /_sim/stats      {"requests","documents_asked","largest_request","refused","faults"}
#include "tests/sim/common/route_table.hpp"
#include "tests/sim/nova_poshta/document_registry.hpp"
#include "tests/sim/nova_poshta/fault_injector.hpp"
#include "tests/sim/nova_poshta/sim_stats.hpp"

#include <rapidjson/document.h>

namespace sim::nova_poshta {

class ControlApi {
public:
    ControlApi(DocumentRegistry& documents, FaultInjector& faults, SimStats& stats)
        : documents_(documents), faults_(faults), stats_(stats) {}

    void add_routes(common::RouteTable& routes);

    // The documents of a POST /_sim/documents body (an object or an array), as the
    // route stores them; also how `novaposhta-sim --documents FILE` loads its file.
    host_api::Result<std::size_t> put_documents(const rapidjson::Value& json);

private:
    common::SimReply post_documents(const host_api::HttpRequest& request);
    common::SimReply post_faults(const host_api::HttpRequest& request);

    DocumentRegistry& documents_;
    FaultInjector& faults_;
    SimStats& stats_;
};

}  // namespace sim::nova_poshta
