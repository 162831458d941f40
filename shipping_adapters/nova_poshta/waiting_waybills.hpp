#pragma once
// TTN records written while the host's Nova Poshta integration was off (R14): not
// tracked then, they are reopened (and get the sender) in the first round after it is
// switched on (R13), without waiting for the order to change on Shopify.
#include <vector>

#include "host_api/ids.hpp"
#include "host_api/plugin_state.hpp"
#include "host_api/result.hpp"

namespace adapters::nova_poshta {

class WaitingWaybills {
public:
    explicit WaitingWaybills(host_api::PluginState& state) : state_(state) {}

    host_api::Result<void> add(host_api::WaybillId id);
    host_api::Result<void> remove(host_api::WaybillId id);
    host_api::Result<std::vector<host_api::WaybillId>> all();

private:
    host_api::PluginState& state_;
};

}  // namespace adapters::nova_poshta
