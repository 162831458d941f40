#include "shipping_adapters/nova_poshta/waybill_draft.hpp"

#include <tuple>

#include "shipping_adapters/nova_poshta/carrier.hpp"
#include "shipping_adapters/nova_poshta/tracking_status.hpp"
#include "shipping_adapters/nova_poshta/ttn_number.hpp"

namespace adapters::nova_poshta {

host_api::Waybill draft_waybill(const host_api::DeliveryTarget& target, const host_api::Delivery& delivery,
                                const host_api::NovaPoshtaSettings& settings,
                                const std::optional<host_api::Waybill>& current) {
    host_api::Waybill waybill = current.value_or(host_api::Waybill{});
    waybill.order_id = target.order_id;
    waybill.carrier = k_carrier;

    // A TTN arrives later with a fulfillment; an update that does not carry it again
    // does not take it away.
    if (auto number = ttn_of(delivery); !number.empty() && number != waybill.number) {
        if (!waybill.number.empty()) {
            // Another shipment: the old TTN's status says nothing about it.
            waybill.status.clear();
            waybill.status_code.clear();
        }
        waybill.number = std::move(number);
    }

    const auto& recipient = delivery.recipient;
    waybill.recipient_name = recipient.name;
    waybill.recipient_phone = recipient.phone;
    waybill.city = delivery.np_city.empty() ? recipient.city : delivery.np_city;
    // Without a branch it is a delivery to the door: the street address is where it goes.
    waybill.branch = delivery.np_branch.empty() ? recipient.address : delivery.np_branch;
    waybill.cost = delivery.cost;

    // R14: with the integration off the sender stays as it was (empty on a new record).
    if (settings.enabled) fill_sender(waybill, settings);
    waybill.tracking_open = should_track(waybill, settings.enabled);
    return waybill;
}

bool should_track(const host_api::Waybill& waybill, bool integration_enabled) {
    return integration_enabled && is_trackable_ttn(waybill.number) && !is_final_status(waybill.status_code) &&
           waybill.status != host_api::k_waybill_status_deleted;
}

void fill_sender(host_api::Waybill& waybill, const host_api::NovaPoshtaSettings& settings) {
    waybill.sender_name = settings.sender_name;
    waybill.sender_phone = settings.sender_phone;
    waybill.sender_city = settings.sender_city;
    waybill.sender_branch = settings.sender_branch;
}

bool same_content(const host_api::Waybill& a, const host_api::Waybill& b) {
    const auto fields = [](const host_api::Waybill& w) {
        return std::tie(w.order_id, w.number, w.carrier, w.status, w.status_code, w.recipient_name,
                        w.recipient_phone, w.city, w.branch, w.sender_name, w.sender_phone, w.sender_city,
                        w.sender_branch, w.cost, w.tracking_open);
    };
    return fields(a) == fields(b);
}

}  // namespace adapters::nova_poshta
