#pragma once
// One round of TTN tracking (R13): every open Nova Poshta waybill asked for in batches of
// at most 100, each changed status written to its waybill (the store keeps the history),
// final statuses closed, and the host's status rules applied to the orders. A batch that
// fails is logged with its reason and asked again next round; nothing here throws out of
// the round or touches imports.
#include <map>
#include <string>
#include <vector>

#include "host_api/host_context.hpp"
#include "shipping_adapters/nova_poshta/tracking_client.hpp"

namespace adapters::nova_poshta {

struct RoundSummary {
    std::size_t documents = 0;  // distinct TTNs asked for
    std::size_t requests = 0;
    std::size_t failed_requests = 0;
    std::size_t changed = 0;  // waybills whose status changed
    std::size_t orders_moved = 0;
};

class TrackingRound {
public:
    TrackingRound(host_api::HostContext& host, const host_api::NovaPoshtaSettings& settings)
        : host_(host), settings_(settings), client_(host.http) {}

    RoundSummary run();

private:
    // TTN -> the ids of the open waybills that carry it (one shipment may serve two orders).
    using Tracked = std::map<std::string, std::vector<host_api::WaybillId>>;

    void reopen_waiting();
    void ask(const std::vector<TrackingQuery>& batch, const Tracked& tracked, RoundSummary& summary);
    void record(const TrackedDocument& document, host_api::WaybillId id, RoundSummary& summary);

    host_api::HostContext& host_;
    const host_api::NovaPoshtaSettings& settings_;
    TrackingClient client_;
};

}  // namespace adapters::nova_poshta
