#pragma once
// The adapter for every carrier without an integration of its own (R15, R16): each
// delivery, and each change of it, becomes one comment in the order's event feed.
#include <optional>

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
    // Adds the comment unless the order's last delivery comment already says one of
    // `same` (an import retried, or a change that the comment does not show).
    host_api::Result<void> comment_once(const host_api::DeliveryTarget& target, const std::string& text,
                                        std::initializer_list<std::string> same);

    host_api::HostContext* host_ = nullptr;
};

}  // namespace adapters::generic
