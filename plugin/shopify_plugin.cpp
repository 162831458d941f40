#include "plugin/shopify_plugin.hpp"

namespace shopify {

host_api::Result<void> ShopifyPlugin::on_start(host_api::HostContext& host) {
    host_ = &host;
    auto journal = sync::IntakeJournal::open(host.state, host.logger);
    if (!journal) return journal.error();
    journal_ = std::move(*journal);
    worker_ = std::make_unique<sync::SyncWorker>(host, stores_, *journal_);
    intake_ = std::make_unique<WebhookIntake>(host, stores_, *journal_, [this] { worker_->wake(); });
    refresher_ = std::make_unique<sync::OrderRefresher>(host, stores_, [this] { worker_->wake(); });
    auto route = host.routes.add_deferred_route(
        "POST", k_webhook_path, [this](const host_api::HttpRequest& request, host_api::HttpResponder responder) {
            intake_->handle(request, std::move(responder));
        });
    if (!route) return route.error();
    worker_->start();
    host.logger->info("shopify plugin started (host currency {}, webhooks at {}{})", host.settings.currency(),
                      host.settings.public_url(), k_webhook_path);
    return host_api::success();
}

void ShopifyPlugin::on_stop() {
    if (worker_) worker_->stop();
    if (host_ != nullptr) host_->logger->info("shopify plugin stopped");
}

host_api::Result<void> ShopifyPlugin::on_store_connected(const host_api::StoreConnection& connection) {
    auto store = parse_store_settings(connection);
    if (!store) return store.error();
    stores_.put(*store);
    host_->logger->info("store {} ({}) connected", store->name, store->domain);
    worker_->wake();  // deliveries accepted before a restart are still in the inbox
    return host_api::success();
}

host_api::Result<void> ShopifyPlugin::on_store_changed(const host_api::StoreConnection& connection) {
    return on_store_connected(connection);
}

host_api::Result<void> ShopifyPlugin::on_store_removed(const host_api::StoreConnection& connection) {
    if (auto store = stores_.find(connection.id)) worker_->retire(*store);
    stores_.remove(connection.id);
    host_->logger->info("store connection {} removed; its imported orders stay", connection.id);
    return host_api::success();
}

host_api::Result<std::int64_t> ShopifyPlugin::on_refresh_wait_seconds(host_api::OrderId order) {
    return refresher_->wait_seconds(order);
}

host_api::Result<std::vector<host_api::RefreshOutcome>> ShopifyPlugin::on_refresh_orders(
    const std::vector<host_api::OrderId>& orders, host_api::EmployeeId employee) {
    return refresher_->refresh(orders, employee);
}

}  // namespace shopify
