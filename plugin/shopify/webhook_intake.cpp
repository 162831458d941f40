#include "plugin/shopify/webhook_intake.hpp"

#include "plugin/shopify/webhook_payload.hpp"
#include "plugin/shopify/webhook_verifier.hpp"
#include "plugin/sync/order_memory.hpp"

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

}  // namespace

WebhookIntake::WebhookIntake(host_api::HostContext& host, sync::StoreRegistry& stores, std::function<void()> wake_worker)
    : host_(host), stores_(stores), inbox_(host.state), wake_worker_(std::move(wake_worker)) {}

host_api::HttpResponse WebhookIntake::handle(const host_api::HttpRequest& request) {
    const auto domain = request.header("X-Shopify-Shop-Domain").value_or("");
    const auto store = stores_.find_by_domain(domain);
    if (!store) {
        host_.logger->warn("webhook refused: no connected store {}", domain.empty() ? "(no shop domain)" : domain);
        return answer(404, R"({"error":"no connected store for this shop domain"})");
    }
    const WebhookVerifier verifier(store->client_secret);
    if (!verifier.verify(request.body, request.header("X-Shopify-Hmac-Sha256").value_or(""))) {
        host_.logger->warn("webhook for {} refused: the HMAC signature does not match (R27)", domain);
        return answer(401, R"({"error":"invalid webhook signature"})");
    }
    const auto webhook_id = request.header("X-Shopify-Webhook-Id").value_or("");
    const auto topic = request.header("X-Shopify-Topic").value_or("");
    if (webhook_id.empty() || topic.empty())
        return answer(400, R"({"error":"missing X-Shopify-Webhook-Id or X-Shopify-Topic"})");
    return accept(*store, topic, webhook_id, request.body);
}

host_api::HttpResponse WebhookIntake::accept(const StoreSettings& store, const std::string& topic,
                                             const std::string& webhook_id, const std::string& body) {
    auto unit = host_.transactions.begin();
    if (!unit) return answer(503, R"({"error":"the host cannot store the delivery now"})");
    auto seen = inbox_.seen(webhook_id);
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
    if (!is_order_topic(topic)) {
        host_.logger->info("webhook {} from {}: topic {} is not handled", webhook_id, store.domain, topic);
        (void)inbox_.mark_seen(webhook_id);
        (void)(*unit)->commit();
        return answer(200, R"({"status":"ignored"})");
    }
    auto payload = read_webhook_payload(topic, body);
    if (!payload) {
        unit->reset();  // roll back: nothing of this delivery is kept but its failure record
        return refuse_payload(store, webhook_id, payload.error().message, body);
    }
    auto memory = sync::recall_order(host_.state, store.connection_id, payload->order_id);
    const bool stale = memory && *memory && payload->updated_at && *payload->updated_at < (*memory)->updated_at;
    if (!stale) {
        if (auto added = inbox_.add(store.connection_id, payload->order_id, topic); !added)
            return answer(503, R"({"error":"the host cannot store the delivery now"})");
    }
    if (!inbox_.mark_seen(webhook_id) || !(*unit)->commit())
        return answer(503, R"({"error":"the host cannot store the delivery now"})");
    if (!stale) wake_worker_();
    host_.logger->debug("webhook {} {} for order {} of {} {}", webhook_id, topic, payload->order_id, store.name,
                        stale ? "is older than the imported state: dropped" : "accepted");
    return answer(200, stale ? R"({"status":"older than imported"})" : R"({"status":"accepted"})");
}

// A signed delivery that cannot be read: Shopify is told why (400), and the imports log
// keeps the failure with its reason; the raw body is kept under the webhook id for a look.
host_api::HttpResponse WebhookIntake::refuse_payload(const StoreSettings& store, const std::string& webhook_id,
                                                     const std::string& reason, const std::string& body) {
    host_.logger->error("webhook {} from {} refused: {}", webhook_id, store.domain, reason);
    auto unit = host_.transactions.begin();
    if (unit) {
        host_api::ImportRecord record{store.name, "webhook " + webhook_id, host_api::k_import_failed, reason, 1,
                                      host_api::now()};
        (void)host_.imports.record_import(record);
        (void)host_.state.put("rejected/" + webhook_id, body);
        (void)(*unit)->commit();
    }
    return answer(400, "{\"error\":" + quoted(reason) + "}");
}

}  // namespace shopify
