#pragma once
// The demo's tracking walk-through: the parcel waiting at its Nova Poshta branch is
// received, the local Nova Poshta says so, and the host's own tracking records it on the
// waybill and moves the order by the integration's status rule, with a feed comment.
#include <chrono>
#include <string>

#include "host/cli/demo_nova_poshta.hpp"
#include "host/store/host_store.hpp"
#include "host_api/result.hpp"

namespace host::cli {

// Nova Poshta's StatusCode values (TrackingDocument.getStatusDocuments).
inline constexpr const char* k_np_at_branch = "7";
inline constexpr const char* k_np_received = "9";

// What the host's tracking did when the parcel was received.
struct ParcelReceipt {
    std::string ttn;
    std::string order_number;
    std::string waybill_status_before;
    std::string waybill_status_after;
    std::string waybill_code_after;
    std::string order_status_before;
    std::string order_status_after;
    std::string feed_comment;  // the order's newest feed comment: the one the status rule wrote
};

// Waits until the host tracked every waybill with a TTN once, has the local Nova Poshta
// move the parcel at its branch to received, and waits until the host recorded that.
// Each wait is bounded by `limit`.
host_api::Result<ParcelReceipt> receive_waiting_parcel(store::HostStore& store, DemoNovaPoshta& nova_poshta,
                                                       std::chrono::seconds limit);

}  // namespace host::cli
