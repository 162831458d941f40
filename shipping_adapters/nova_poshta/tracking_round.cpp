#include "shipping_adapters/nova_poshta/tracking_round.hpp"

#include "shipping_adapters/nova_poshta/carrier.hpp"
#include "shipping_adapters/nova_poshta/np_phone.hpp"
#include "shipping_adapters/nova_poshta/status_rule.hpp"
#include "shipping_adapters/nova_poshta/tracking_status.hpp"
#include "shipping_adapters/nova_poshta/ttn_number.hpp"
#include "shipping_adapters/nova_poshta/waiting_waybills.hpp"
#include "shipping_adapters/nova_poshta/waybill_draft.hpp"

namespace adapters::nova_poshta {

RoundSummary TrackingRound::run() {
    RoundSummary summary;
    reopen_waiting();
    auto open = host_.waybills.open_waybills(k_carrier);
    if (!open) {
        host_.logger->warn("Nova Poshta tracking: cannot read the open waybills: {}", open.error().message);
        return summary;
    }
    Tracked tracked;
    std::vector<TrackingQuery> queries;
    for (const auto& waybill : *open) {
        if (!is_trackable_ttn(waybill.number)) continue;
        auto& ids = tracked[waybill.number];
        if (ids.empty()) queries.push_back({waybill.number, np_phone(waybill.recipient_phone)});
        ids.push_back(waybill.id);
    }
    summary.documents = queries.size();
    for (std::size_t at = 0; at < queries.size(); at += k_documents_per_request) {
        const auto end = std::min(queries.size(), at + k_documents_per_request);
        ask({queries.begin() + static_cast<std::ptrdiff_t>(at), queries.begin() + static_cast<std::ptrdiff_t>(end)},
            tracked, summary);
    }
    if (summary.requests > 0)
        host_.logger->info(
            "Nova Poshta tracking: {} TTNs in {} requests ({} failed), {} statuses changed, {} orders moved",
            summary.documents, summary.requests, summary.failed_requests, summary.changed, summary.orders_moved);
    return summary;
}

void TrackingRound::reopen_waiting() {
    WaitingWaybills waiting(host_.state);
    auto ids = waiting.all();
    if (!ids) return;
    for (const auto id : *ids) {
        auto found = host_.waybills.waybill(id);
        if (!found) continue;  // the database is busy: next round
        if (*found && (*found)->carrier == k_carrier && !(*found)->tracking_open &&
            should_track(**found, settings_.enabled)) {
            auto waybill = **found;
            waybill.tracking_open = true;
            if (waybill.sender_name.empty()) fill_sender(waybill, settings_);
            if (auto updated = host_.waybills.update_waybill(waybill); !updated) continue;
        }
        (void)waiting.remove(id);
    }
}

void TrackingRound::ask(const std::vector<TrackingQuery>& batch, const Tracked& tracked, RoundSummary& summary) {
    ++summary.requests;
    auto answer = client_.status_documents(settings_, batch);
    if (!answer) {
        ++summary.failed_requests;
        host_.logger->warn("Nova Poshta tracking: {} TTNs not checked, asked again next round: {}", batch.size(),
                           answer.error().message);
        return;
    }
    for (const auto& warning : answer->warnings) host_.logger->debug("Nova Poshta tracking warning: {}", warning);
    for (const auto& document : answer->documents) {
        const auto ids = tracked.find(document.number);
        if (ids == tracked.end() || document.status_code.empty()) continue;
        for (const auto id : ids->second) record(document, id, summary);
    }
}

void TrackingRound::record(const TrackedDocument& document, host_api::WaybillId id, RoundSummary& summary) {
    // One unit per waybill: the status, its history and the order's move go together, and
    // an import writing the same waybill meanwhile waits rather than being overwritten.
    auto unit = host_.transactions.begin();
    if (!unit) {
        host_.logger->warn("Nova Poshta tracking: TTN {} not recorded: {}", document.number, unit.error().message);
        return;
    }
    auto found = host_.waybills.waybill(id);
    if (!found || !*found) return;
    auto waybill = **found;
    // Changed since it was asked for (withdrawn, another TTN): the answer is stale.
    if (!waybill.tracking_open || waybill.number != document.number) return;
    if (waybill.status_code == document.status_code && waybill.status == document.status) return;

    const bool code_changed = waybill.status_code != document.status_code;
    waybill.status_code = document.status_code;
    waybill.status = document.status;
    if (is_final_status(waybill.status_code)) waybill.tracking_open = false;
    if (auto updated = host_.waybills.update_waybill(waybill); !updated) {
        host_.logger->warn("Nova Poshta tracking: TTN {} not recorded: {}", document.number,
                           updated.error().message);
        return;
    }

    std::optional<std::string> moved_to;
    if (code_changed) {
        auto moved = apply_status_rule(host_, settings_.status_rules,
                                       {waybill.order_id, waybill.number, waybill.status_code, waybill.status});
        if (!moved && moved.error().transient) {
            host_.logger->warn("Nova Poshta tracking: TTN {} not recorded, asked again next round: {}",
                               document.number, moved.error().message);
            return;  // rolled back: the status change and its rule come again next round
        }
        if (!moved) {
            // A rule the host cannot follow must not stop the tracking.
            host_.logger->warn("Nova Poshta tracking: TTN {} of order {}: status rule not applied: {}",
                               document.number, waybill.order_id, moved.error().message);
        } else {
            moved_to = *moved;
        }
    }
    if (auto committed = (*unit)->commit(); !committed) {
        host_.logger->warn("Nova Poshta tracking: TTN {} not recorded: {}", document.number,
                           committed.error().message);
        return;
    }
    ++summary.changed;
    host_.logger->info("Nova Poshta tracking: TTN {} of order {} is now {} (code {}){}", waybill.number,
                       waybill.order_id, waybill.status, waybill.status_code,
                       waybill.tracking_open ? "" : ", tracking closed");
    if (moved_to) {
        ++summary.orders_moved;
        host_.logger->info("Nova Poshta tracking: order {} moved to {}", waybill.order_id, *moved_to);
    }
}

}  // namespace adapters::nova_poshta
