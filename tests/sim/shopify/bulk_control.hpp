#pragma once
// The bulk operations' part of the /_sim/ control API, and the result files: tests set
// how long an operation runs and make the next one fail; GET /_sim/bulk/<n>.jsonl serves
// what a COMPLETED operation's url points at (Shopify serves it from its storage, byte
// ranges too).
#include "tests/sim/common/route_table.hpp"
#include "tests/sim/shopify/bulk_operations.hpp"
#include "tests/sim/shopify/sim_stats.hpp"

namespace sim::shopify {

class BulkControl {
public:
    BulkControl(BulkOperations& operations, SimStats& stats);

    void add_routes(common::RouteTable& routes);

    // {"duration_seconds": 0.3, "fail_next": "INTERNAL_SERVER_ERROR" | null, "max_running": 1}
    common::SimReply post_settings(const host_api::HttpRequest& request);
    common::SimReply settings() const;
    // "<n>.jsonl": the JSONL of operation n once COMPLETED, else 404. A "Range: bytes=A-B"
    // request gets that part (206 with Content-Range), as Shopify's storage serves it.
    common::SimReply result_file(const std::string& name, const host_api::HttpRequest& request) const;

private:
    BulkOperations& operations_;
    SimStats& stats_;
};

}  // namespace sim::shopify
