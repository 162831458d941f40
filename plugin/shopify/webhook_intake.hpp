#pragma once
// POST /webhooks/shopify (DESIGN.md, step 1): the store by X-Shopify-Shop-Domain, the HMAC
// over the raw body, a delivery already seen answered 200 and dropped, an accepted one
// written to the durable inbox before the 200 (by group commit: deliveries arriving
// together share one transaction and one flush to disk). No Shopify call happens here: Shopify
// gives 5 seconds.
#include <functional>
#include <memory>

#include "host_api/host_context.hpp"
#include "host_api/http.hpp"
#include "plugin/sync/inbox.hpp"
#include "plugin/sync/inbox_group_commit.hpp"
#include "plugin/sync/intake_journal.hpp"
#include "plugin/sync/store_registry.hpp"

namespace shopify {

inline constexpr const char* k_webhook_path = "/webhooks/shopify";

class WebhookIntake {
public:
    WebhookIntake(host_api::HostContext& host, sync::StoreRegistry& stores, sync::IntakeJournal& journal,
                  std::function<void()> wake_worker);

    // Answers at once, except an order delivery: once its group commit is done.
    void handle(const host_api::HttpRequest& request, host_api::HttpResponder responder);

private:
    host_api::HttpResponse accept_other(const StoreSettings& store, const std::string& topic,
                                        const std::string& webhook_id);
    void accept_order(const StoreSettings& store, const std::string& topic, const std::string& webhook_id,
                      const std::string& body, host_api::HttpResponder responder);
    host_api::HttpResponse answer_delivery(const sync::OrderDelivery& delivery, sync::DeliveryOutcome outcome);
    host_api::HttpResponse refuse_payload(const StoreSettings& store, const std::string& webhook_id,
                                          const std::string& reason, const std::string& body);

    host_api::HostContext& host_;
    sync::StoreRegistry& stores_;
    sync::Inbox inbox_;
    sync::IntakeJournal& journal_;
    std::function<void()> wake_worker_;
    sync::InboxGroupCommit group_commit_;  // last: its thread calls back into the members above
};

}  // namespace shopify
