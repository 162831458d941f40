#pragma once
// What an order's TTN record should hold for a delivery (R12, R14): the recipient, the
// city and branch, the cost, the TTN once known, and the sender only while the host's
// Nova Poshta integration is enabled.
#include <optional>

#include "host_api/delivery.hpp"
#include "host_api/nova_poshta_integration.hpp"
#include "host_api/waybills.hpp"

namespace adapters::nova_poshta {

// The record for `delivery`, starting from the order's current one (id, status and, when
// the delivery names none, its TTN and sender stay). A new TTN starts without a status.
host_api::Waybill draft_waybill(const host_api::DeliveryTarget& target, const host_api::Delivery& delivery,
                                const host_api::NovaPoshtaSettings& settings,
                                const std::optional<host_api::Waybill>& current);

// Tracked: the integration is on, the TTN can be asked for, and it is still moving.
bool should_track(const host_api::Waybill& waybill, bool integration_enabled);

// The host's sender details (R12); the caller checks that the integration is enabled.
void fill_sender(host_api::Waybill& waybill, const host_api::NovaPoshtaSettings& settings);

// Equal in everything a write would change (ids and times aside).
bool same_content(const host_api::Waybill& a, const host_api::Waybill& b);

}  // namespace adapters::nova_poshta
