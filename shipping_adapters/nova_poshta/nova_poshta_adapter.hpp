#pragma once
// The Nova Poshta adapter (R12-R14, R16): one TTN record (waybill) per order with all the
// delivery data, tracked through the Nova Poshta API while the host's integration is
// enabled, marked "Deleted" when the order's carrier changes away.
#include <memory>
#include <mutex>
#include <optional>

#include "host_api/shipping_adapter.hpp"
#include "shipping_adapters/nova_poshta/tracking_schedule.hpp"

namespace adapters::nova_poshta {

class NovaPoshtaAdapter final : public host_api::ShippingAdapterBase {
public:
    NovaPoshtaAdapter();
    // Tests pass a clock they move, so tracking rounds come without waiting.
    explicit NovaPoshtaAdapter(Clock clock);

protected:
    host_api::Result<void> on_start(host_api::HostContext& host) override;
    void on_stop() override;
    host_api::Result<void> on_apply(const host_api::DeliveryTarget& target, const host_api::Delivery& delivery,
                                    const std::optional<host_api::Delivery>& previous) override;
    host_api::Result<void> on_withdraw(const host_api::DeliveryTarget& target,
                                       const host_api::Delivery& previous) override;
    host_api::Result<void> on_track() override;

private:
    // The order's current TTN record from this adapter: the newest one not "Deleted".
    host_api::Result<std::optional<host_api::Waybill>> current_waybill(host_api::OrderId order);
    host_api::Result<void> write(const host_api::DeliveryTarget& target, const host_api::Delivery& delivery);

    host_api::HostContext* host_ = nullptr;
    Clock clock_;
    std::unique_ptr<TrackingSchedule> schedule_;
    std::mutex round_;  // one tracking round at a time
};

}  // namespace adapters::nova_poshta
