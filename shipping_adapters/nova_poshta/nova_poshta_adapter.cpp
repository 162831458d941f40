#include "shipping_adapters/nova_poshta/nova_poshta_adapter.hpp"

namespace adapters::nova_poshta {

host_api::Result<void> NovaPoshtaAdapter::on_start(host_api::HostContext& host) {
    host_ = &host;
    host.logger->info("nova poshta adapter started");
    return host_api::success();
}

void NovaPoshtaAdapter::on_stop() {
    if (host_ != nullptr) host_->logger->info("nova poshta adapter stopped");
}

host_api::Result<void> NovaPoshtaAdapter::on_apply(const host_api::DeliveryTarget& target, const host_api::Delivery&,
                                      const std::optional<host_api::Delivery>&) {
    return host_api::permanent_error("delivery of order " + target.order_number + " not handled yet");
}

host_api::Result<void> NovaPoshtaAdapter::on_withdraw(const host_api::DeliveryTarget& target, const host_api::Delivery&) {
    return host_api::permanent_error("delivery of order " + target.order_number + " not handled yet");
}

}  // namespace adapters::nova_poshta
