#include "plugin/shopify/webhook_intake.hpp"

#include "plugin/shopify/webhook_payload.hpp"
#include "plugin/shopify/webhook_verifier.hpp"

namespace shopify {
namespace {

host_api::HttpResponse answer(int status, const std::string& json) {
    return host_api::HttpResponse{status, "application/json", {}, json};
}

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) continue;
        out += c;
    }
    return out + "\"";
}

bool is_order_topic(const std::string& topic) { return topic.rfind("orders/", 0) == 0; }

const char* describe(sync::DeliveryOutcome outcome) {
    switch (outcome) {
        case sync::DeliveryOutcome::accepted:
            return "accepted";
        case sync::DeliveryOutcome::already_received:
            return "already received: dropped";
        case sync::DeliveryOutcome::older_than_imported:
            return "older than the imported state: dropped";
        case sync::DeliveryOutcome::not_stored:
            return "not stored";
    }
    return "";
}

}  // namespace

WebhookIntake::WebhookIntake(host_api::HostContext& host, sync::StoreRegistry& stores, sync::IntakeJournal& journal,
                             std::function<void()> wake_worker)
    : host_(host),
      stores_(stores),
      inbox_(host.state),
      journal_(journal),
      wake_worker_(std::move(wake_worker)),
      group_commit_(host.transactions, host.state, journal) {}

void WebhookIntake::handle(const host_api::HttpRequest& request, host_api::HttpResponder responder) {
    const auto domain = request.header("X-Shopify-Shop-Domain").value_or("");
    const auto store = stores_.find_by_domain(domain);
    if (!store) {
        host_.logger->warn("webhook refused: no connected store {}", domain.empty() ? "(no shop domain)" : domain);
        return responder.answer(answer(404, R"({"error":"no connected store for this shop domain"})"));
    }
    const WebhookVerifier verifier(store->client_secret);
    if (!verifier.verify(request.body, request.header("X-Shopify-Hmac-Sha256").value_or(""))) {
        host_.logger->warn("webhook for {} refused: the HMAC signature does not match (R27)", domain);
        return responder.answer(answer(401, R"({"error":"invalid webhook signature"})"));
    }
    const auto webhook_id = request.header("X-Shopify-Webhook-Id").value_or("");
    const auto topic = request.header("X-Shopify-Topic").value_or("");
    if (webhook_id.empty() || topic.empty())
        return responder.answer(answer(400, R"({"error":"missing X-Shopify-Webhook-Id or X-Shopify-Topic"})"));
    if (is_order_topic(topic)) return accept_order(*store, topic, webhook_id, request.body, std::move(responder));
    responder.answer(accept_other(*store, topic, webhook_id));
}

host_api::HttpResponse WebhookIntake::accept_other(const StoreSettings& store, const std::string& topic,
                                                   const std::string& webhook_id) {
    auto unit = host_.transactions.begin();
    if (!unit) return answer(503, R"({"error":"the host cannot store the delivery now"})");
    auto seen = journal_.seen(webhook_id);
    if (!seen) return answer(503, R"({"error":"the host cannot store the delivery now"})");
    if (*seen) return answer(200, R"({"status":"already received"})");
    if (topic == "app/uninstalled") {
        // The shop removed the app: its token is dead. The host marks the store disconnected
        // (its orders stay) and tells the plugin through store_removed.
        (void)inbox_.mark_seen(webhook_id);
        (void)(*unit)->commit();
        (void)host_.connections.disconnect(store.connection_id, "the app was uninstalled from " + store.domain);
        return answer(200, R"({"status":"store disconnected"})");
    }
    host_.logger->info("webhook {} from {}: topic {} is not handled", webhook_id, store.domain, topic);
    (void)inbox_.mark_seen(webhook_id);
    (void)(*unit)->commit();
    return answer(200, R"({"status":"ignored"})");
}

// No transaction is held while the body is read, and the server's thread does not wait
// for the disk: the group commit answers once the delivery's group is durable.
void WebhookIntake::accept_order(const StoreSettings& store, const std::string& topic, const std::string& webhook_id,
                                 const std::string& body, host_api::HttpResponder responder) {
    auto payload = read_webhook_payload(topic, body);
    if (!payload) return responder.answer(refuse_payload(store, webhook_id, payload.error().message, body));
    group_commit_.write(
        sync::OrderDelivery{store.connection_id, webhook_id, topic, payload->order_id, payload->updated_at},
        [this, responder = std::move(responder)](const sync::OrderDelivery& delivery, sync::DeliveryOutcome outcome) {
            responder.answer(answer_delivery(delivery, outcome));
        });
}

host_api::HttpResponse WebhookIntake::answer_delivery(const sync::OrderDelivery& delivery,
                                                      sync::DeliveryOutcome outcome) {
    host_.logger->debug("webhook {} {} for order {} of store connection {}: {}", delivery.webhook_id, delivery.topic,
                        delivery.order_id, delivery.connection, describe(outcome));
    switch (outcome) {
        case sync::DeliveryOutcome::accepted:
            wake_worker_();
            return answer(200, R"({"status":"accepted"})");
        case sync::DeliveryOutcome::already_received:
            return answer(200, R"({"status":"already received"})");
        case sync::DeliveryOutcome::older_than_imported:
            return answer(200, R"({"status":"older than imported"})");
        case sync::DeliveryOutcome::not_stored:
            break;
    }
    return answer(503, R"({"error":"the host cannot store the delivery now"})");
}

// A signed delivery that cannot be read: Shopify is told why (400), and the imports log
// keeps the failure with its reason; the raw body is kept under the webhook id for a look.
host_api::HttpResponse WebhookIntake::refuse_payload(const StoreSettings& store, const std::string& webhook_id,
                                                     const std::string& reason, const std::string& body) {
    host_.logger->error("webhook {} from {} refused: {}", webhook_id, store.domain, reason);
    auto unit = host_.transactions.begin();
    if (unit) {
        (void)host_.imports.record_attempt(store.name, "webhook " + webhook_id, host_api::k_import_failed, reason);
        (void)host_.state.put("rejected/" + webhook_id, body);
        (void)(*unit)->commit();
    }
    return answer(400, "{\"error\":" + quoted(reason) + "}");
}

}  // namespace shopify
