#include "shipping_adapters/generic/generic_adapter.hpp"

namespace adapters::generic {

host_api::Result<void> GenericAdapter::on_start(host_api::HostContext& host) {
    host_ = &host;
    host.logger->info("generic adapter started");
    return host_api::success();
}

void GenericAdapter::on_stop() {
    if (host_ != nullptr) host_->logger->info("generic adapter stopped");
}

host_api::Result<void> GenericAdapter::on_apply(const host_api::DeliveryTarget& target, const host_api::Delivery&,
                                      const std::optional<host_api::Delivery>&) {
    return host_api::permanent_error("delivery of order " + target.order_number + " not handled yet");
}

host_api::Result<void> GenericAdapter::on_withdraw(const host_api::DeliveryTarget& target, const host_api::Delivery&) {
    return host_api::permanent_error("delivery of order " + target.order_number + " not handled yet");
}

}  // namespace adapters::generic
