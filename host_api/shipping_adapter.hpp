#pragma once
// What a shipping adapter implements (R17), and how the plugin reaches the adapters.
#include <memory>
#include <optional>
#include <string>

#include "host_api/delivery.hpp"
#include "host_api/guarded_call.hpp"
#include "host_api/host_context.hpp"
#include "host_api/result.hpp"

namespace host_api {

class ShippingAdapter {
public:
    virtual ~ShippingAdapter() = default;

    virtual Result<void> start(HostContext& host) noexcept = 0;
    virtual void stop() noexcept = 0;
    // Writes the delivery to the order; previous is the delivery applied last time, if any,
    // with the same adapter, so the adapter knows what changed.
    virtual Result<void> apply(const DeliveryTarget& target, const Delivery& delivery,
                               const std::optional<Delivery>& previous) noexcept = 0;
    // The order's carrier changed away from this adapter (R16).
    virtual Result<void> withdraw(const DeliveryTarget& target, const Delivery& previous) noexcept = 0;
    // Called by the host every few seconds; an adapter without tracking does nothing.
    virtual Result<void> track() noexcept = 0;
};

// Adapters derive from this (see PluginBase): public calls final, work in the virtuals.
class ShippingAdapterBase : public ShippingAdapter {
public:
    Result<void> start(HostContext& host) noexcept final {
        return guarded_call("start", [&] { return on_start(host); });
    }
    void stop() noexcept final {
        try {
            on_stop();
        } catch (...) {
            // Nothing to report to: stopping goes on regardless.
        }
    }
    Result<void> apply(const DeliveryTarget& target, const Delivery& delivery,
                       const std::optional<Delivery>& previous) noexcept final {
        return guarded_call("apply delivery", [&] { return on_apply(target, delivery, previous); });
    }
    Result<void> withdraw(const DeliveryTarget& target, const Delivery& previous) noexcept final {
        return guarded_call("withdraw delivery", [&] { return on_withdraw(target, previous); });
    }
    Result<void> track() noexcept final {
        return guarded_call("track", [&] { return on_track(); });
    }

protected:
    virtual Result<void> on_start(HostContext& host) = 0;
    virtual void on_stop() {}
    virtual Result<void> on_apply(const DeliveryTarget& target, const Delivery& delivery,
                                  const std::optional<Delivery>& previous) = 0;
    virtual Result<void> on_withdraw(const DeliveryTarget& target, const Delivery& previous) = 0;
    virtual Result<void> on_track() { return success(); }
};

// The adapter a delivery goes to. passed_over says why an adapter that takes the carrier
// did not get it (its recipient is outside the countries it serves); empty otherwise.
struct AdapterChoice {
    std::string adapter_id;  // empty when no adapter takes it and there is no fallback
    std::string passed_over;
};

// The host's adapters, as the plugin sees them. A snapshot stays valid (its library
// loaded) while the caller holds it, even if the adapter is swapped meanwhile.
class ShippingAdapters {
public:
    virtual ~ShippingAdapters() = default;

    // The adapter whose carrier patterns (manifest.json) take this delivery's shipping line
    // and whose countries hold its recipient; the fallback adapter when none does.
    virtual AdapterChoice adapter_for(const Delivery& delivery) = 0;
    virtual Result<std::shared_ptr<ShippingAdapter>> adapter(const std::string& adapter_id) = 0;
};

}  // namespace host_api
