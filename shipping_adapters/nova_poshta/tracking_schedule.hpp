#pragma once
// When the next tracking round is due: the host calls track() every few seconds, the
// host's settings say how often Nova Poshta is asked. The time of the last round is kept
// in the adapter's state, so a restart or an adapter swap (R17) does not ask again early.
#include <chrono>
#include <functional>
#include <optional>

#include "host_api/plugin_state.hpp"
#include "host_api/time.hpp"

namespace adapters::nova_poshta {

using Clock = std::function<host_api::Timestamp()>;

class TrackingSchedule {
public:
    TrackingSchedule(host_api::PluginState& state, Clock clock) : state_(state), clock_(std::move(clock)) {}

    // True, and the round counted as started now, when `interval` has passed since the
    // last one (or none is known, or the clock went back).
    bool start_round_if_due(std::chrono::seconds interval);

private:
    std::optional<host_api::Timestamp> last_round();

    host_api::PluginState& state_;
    Clock clock_;
    std::optional<host_api::Timestamp> last_;  // what the state holds, once read
};

}  // namespace adapters::nova_poshta
