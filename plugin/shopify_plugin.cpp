#include "plugin/shopify_plugin.hpp"

#include <spdlog/spdlog.h>

namespace shopify {

host_api::Result<void> ShopifyPlugin::on_start(host_api::HostContext& host) {
    host_ = &host;
    host.logger->info("shopify plugin started (host currency {})", host.host_currency);
    return host_api::success();
}

void ShopifyPlugin::on_stop() {
    if (host_ != nullptr) host_->logger->info("shopify plugin stopped");
    host_ = nullptr;
}

host_api::Result<void> ShopifyPlugin::on_store_connected(const host_api::StoreConnection& store) {
    host_->logger->info("store connection {} connected", store.id);
    return host_api::success();
}

host_api::Result<void> ShopifyPlugin::on_store_changed(const host_api::StoreConnection& store) {
    host_->logger->info("store connection {} changed", store.id);
    return host_api::success();
}

host_api::Result<void> ShopifyPlugin::on_store_removed(const host_api::StoreConnection& store) {
    host_->logger->info("store connection {} removed", store.id);
    return host_api::success();
}

host_api::Result<std::vector<host_api::RefreshOutcome>> ShopifyPlugin::on_refresh_orders(
    const std::vector<host_api::OrderId>& orders, host_api::EmployeeId) {
    return host_api::permanent_error("refreshing orders is not available yet");
}

}  // namespace shopify
