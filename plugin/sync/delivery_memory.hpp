#pragma once
// The delivery applied last to each order, and by which adapter, kept in the plugin's
// state: an update then knows what changed (the same again writes nothing; another
// carrier withdraws the old adapter's record first, R16).
#include <optional>
#include <string>

#include "host_api/delivery.hpp"
#include "host_api/plugin_state.hpp"

namespace shopify::sync {

struct AppliedDelivery {
    std::string adapter_id;
    host_api::Delivery delivery;
};

std::string delivery_to_json(const AppliedDelivery& applied);
std::optional<AppliedDelivery> delivery_from_json(const std::string& json);

host_api::Result<std::optional<AppliedDelivery>> recall_delivery(host_api::PluginState& state,
                                                                 const std::string& key);
host_api::Result<void> remember_delivery(host_api::PluginState& state, const std::string& key,
                                         const AppliedDelivery& applied);

}  // namespace shopify::sync
