#pragma once
// The delivery of a Shopify order as one host_api::Delivery (R12-R16): the shipping line,
// the recipient from the shipping address, tracking numbers from fulfillments, and Nova
// Poshta city/branch/TTN from the order's custom attributes under the store's keys,
// falling back to the shipping address.
#include <optional>

#include "host_api/delivery.hpp"
#include "plugin/shopify/order.hpp"
#include "plugin/shopify/store_settings.hpp"

namespace shopify::sync {

// nullopt for an order without a shipping line (pickup, digital goods).
std::optional<host_api::Delivery> delivery_of(const StoreSettings& store, const Order& order);

}  // namespace shopify::sync
