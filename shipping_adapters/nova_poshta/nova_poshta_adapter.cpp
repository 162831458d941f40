#include "shipping_adapters/nova_poshta/nova_poshta_adapter.hpp"

#include <algorithm>

#include "shipping_adapters/nova_poshta/carrier.hpp"
#include "shipping_adapters/nova_poshta/tracking_round.hpp"
#include "shipping_adapters/nova_poshta/waiting_waybills.hpp"
#include "shipping_adapters/nova_poshta/waybill_draft.hpp"

namespace adapters::nova_poshta {

NovaPoshtaAdapter::NovaPoshtaAdapter() : NovaPoshtaAdapter(host_api::now) {}

NovaPoshtaAdapter::NovaPoshtaAdapter(Clock clock) : clock_(std::move(clock)) {}

host_api::Result<void> NovaPoshtaAdapter::on_start(host_api::HostContext& host) {
    host_ = &host;
    schedule_ = std::make_unique<TrackingSchedule>(host.state, clock_);
    host.logger->info("nova poshta adapter started");
    return host_api::success();
}

void NovaPoshtaAdapter::on_stop() {
    if (host_ != nullptr) host_->logger->info("nova poshta adapter stopped");
}

host_api::Result<void> NovaPoshtaAdapter::on_apply(const host_api::DeliveryTarget& target,
                                                   const host_api::Delivery& delivery,
                                                   const std::optional<host_api::Delivery>&) {
    if (host_ == nullptr) return host_api::permanent_error("nova poshta adapter not started");
    // Read, compare and write as one unit: a tracking round writing the same waybill
    // waits for it. Inside an import's unit this is a savepoint of it.
    auto unit = host_->transactions.begin();
    if (!unit) return unit.error();
    if (auto written = write(target, delivery); !written) return written;
    return (*unit)->commit();
}

host_api::Result<void> NovaPoshtaAdapter::write(const host_api::DeliveryTarget& target,
                                                const host_api::Delivery& delivery) {
    auto settings = host_->nova_poshta.nova_poshta_settings();
    if (!settings) return settings.error();
    auto current = current_waybill(target.order_id);
    if (!current) return current.error();

    // The delivery as it was last time is not enough to skip: what counts is whether the
    // record already says it (a first import, an earlier failure, the integration switched).
    const auto waybill = draft_waybill(target, delivery, *settings, *current);
    if (*current && same_content(**current, waybill)) return host_api::success();

    host_api::WaybillId id = waybill.id;
    if (*current) {
        if (auto updated = host_->waybills.update_waybill(waybill); !updated) return updated;
    } else {
        auto created = host_->waybills.create_waybill(waybill);
        if (!created) return created.error();
        id = *created;
    }
    WaitingWaybills waiting(host_->state);
    if (!settings->enabled && should_track(waybill, true)) {
        if (auto added = waiting.add(id); !added) return added;
    }
    host_->logger->info("order {} ({}): Nova Poshta waybill {} {}{}", target.order_number, target.store, id,
                        *current ? "updated" : "created",
                        waybill.number.empty() ? ", TTN not known yet" : ", TTN " + waybill.number);
    return host_api::success();
}

host_api::Result<void> NovaPoshtaAdapter::on_withdraw(const host_api::DeliveryTarget& target,
                                                      const host_api::Delivery&) {
    if (host_ == nullptr) return host_api::permanent_error("nova poshta adapter not started");
    auto unit = host_->transactions.begin();
    if (!unit) return unit.error();
    auto waybills = host_->waybills.waybills_of_order(target.order_id);
    if (!waybills) return waybills.error();
    WaitingWaybills waiting(host_->state);
    for (auto waybill : *waybills) {
        if (waybill.carrier != k_carrier || waybill.status == host_api::k_waybill_status_deleted) continue;
        // R16: the record stays, marked "Deleted"; its code was Nova Poshta's, not ours.
        waybill.status = host_api::k_waybill_status_deleted;
        waybill.status_code.clear();
        waybill.tracking_open = false;
        if (auto updated = host_->waybills.update_waybill(waybill); !updated) return updated;
        if (auto removed = waiting.remove(waybill.id); !removed) return removed;
        host_->logger->info(
            "order {} ({}): Nova Poshta waybill {} marked Deleted, the delivery went to another adapter",
            target.order_number, target.store, waybill.id);
    }
    return (*unit)->commit();
}

host_api::Result<void> NovaPoshtaAdapter::on_track() {
    if (host_ == nullptr) return host_api::success();
    // A round still running (a slow API) is not joined by another.
    std::unique_lock lock(round_, std::try_to_lock);
    if (!lock) return host_api::success();
    auto settings = host_->nova_poshta.nova_poshta_settings();
    if (!settings) return settings.error();
    // R14: with the integration off no status changes by itself.
    if (!settings->enabled) return host_api::success();
    const auto interval = std::chrono::seconds(std::max(1, settings->tracking_interval_seconds));
    if (!schedule_->start_round_if_due(interval)) return host_api::success();
    TrackingRound(*host_, *settings).run();
    return host_api::success();
}

host_api::Result<std::optional<host_api::Waybill>> NovaPoshtaAdapter::current_waybill(host_api::OrderId order) {
    auto waybills = host_->waybills.waybills_of_order(order);
    if (!waybills) return waybills.error();
    const auto found = std::find_if(waybills->rbegin(), waybills->rend(), [](const host_api::Waybill& w) {
        return w.carrier == k_carrier && w.status != host_api::k_waybill_status_deleted;
    });
    if (found == waybills->rend()) return std::optional<host_api::Waybill>();
    return std::optional<host_api::Waybill>(*found);
}

}  // namespace adapters::nova_poshta
