#pragma once
// The Shopify integration as the host sees it: started with the host's services, told
// about store connections, asked to refresh orders.
#include <memory>
#include <vector>

#include "host_api/plugin.hpp"
#include "plugin/shopify/webhook_intake.hpp"
#include "plugin/sync/intake_journal.hpp"
#include "plugin/sync/order_refresher.hpp"
#include "plugin/sync/store_registry.hpp"
#include "plugin/sync/sync_worker.hpp"

namespace shopify {

class ShopifyPlugin final : public host_api::PluginBase {
protected:
    host_api::Result<void> on_start(host_api::HostContext& host) override;
    void on_stop() override;
    host_api::Result<void> on_store_connected(const host_api::StoreConnection& store) override;
    host_api::Result<void> on_store_changed(const host_api::StoreConnection& store) override;
    host_api::Result<void> on_store_removed(const host_api::StoreConnection& store) override;
    host_api::Result<std::int64_t> on_refresh_wait_seconds(host_api::OrderId order) override;
    host_api::Result<std::vector<host_api::RefreshOutcome>> on_refresh_orders(
        const std::vector<host_api::OrderId>& orders, host_api::EmployeeId employee) override;

private:
    host_api::HostContext* host_ = nullptr;
    sync::StoreRegistry stores_;
    std::unique_ptr<sync::IntakeJournal> journal_;  // before the two that use it
    std::unique_ptr<sync::SyncWorker> worker_;
    std::unique_ptr<WebhookIntake> intake_;
    std::unique_ptr<sync::OrderRefresher> refresher_;
};

}  // namespace shopify
