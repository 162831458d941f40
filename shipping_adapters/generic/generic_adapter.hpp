#pragma once
#include "host_api/shipping_adapter.hpp"

namespace adapters::generic {

class GenericAdapter final : public host_api::ShippingAdapterBase {
protected:
    host_api::Result<void> on_start(host_api::HostContext& host) override;
    void on_stop() override;
    host_api::Result<void> on_apply(const host_api::DeliveryTarget& target, const host_api::Delivery& delivery,
                                    const std::optional<host_api::Delivery>& previous) override;
    host_api::Result<void> on_withdraw(const host_api::DeliveryTarget& target,
                                       const host_api::Delivery& previous) override;

private:
    host_api::HostContext* host_ = nullptr;
};

}  // namespace adapters::generic
