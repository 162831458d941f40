#include "plugin/sync/webhook_subscriptions.hpp"

#include <algorithm>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "plugin/shopify/graphql_operations.hpp"
#include "plugin/shopify/json_reading.hpp"
#include "plugin/shopify/webhook_intake.hpp"

namespace shopify::sync {
namespace {

std::string variables(std::initializer_list<std::pair<const char*, std::string>> values) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    for (const auto& [name, value] : values) {
        out.Key(name);
        out.String(value);
    }
    out.EndObject();
    return buffer.GetString();
}

// userErrors of a mutation payload, joined; "" when there are none.
std::string user_errors(const rapidjson::Value& payload) {
    std::string out;
    if (!payload.IsObject() || !payload.HasMember("userErrors") || !payload["userErrors"].IsArray()) return out;
    for (const auto& error : payload["userErrors"].GetArray())
        out += (out.empty() ? "" : "; ") + text_at(error, "message");
    return out;
}

}  // namespace

const std::vector<std::string>& needed_topics() {
    static const std::vector<std::string> topics = {"ORDERS_CREATE", "ORDERS_UPDATED", "ORDERS_EDITED",
                                                    "ORDERS_CANCELLED", "APP_UNINSTALLED"};
    return topics;
}

std::string WebhookSubscriptions::callback() const { return host_.settings.public_url() + k_webhook_path; }

host_api::Result<std::vector<WebhookSubscriptions::Subscription>> WebhookSubscriptions::ours(GraphqlClient& client) {
    auto answer = client.execute(k_webhook_subscriptions, k_webhook_subscriptions_query, "{}", 52);
    if (!answer) return answer.error();
    const auto& connection = answer->document["data"]["webhookSubscriptions"];
    if (!connection.IsObject() || !connection.HasMember("nodes") || !connection["nodes"].IsArray())
        return host_api::transient_error("the webhook subscriptions came without nodes");
    std::vector<Subscription> found;
    for (const auto& node : connection["nodes"].GetArray()) {
        Subscription subscription{text_at(node, "id"), text_at(node, "topic"), text_at(node, "uri")};
        if (subscription.uri == callback()) found.push_back(std::move(subscription));
    }
    return found;
}

host_api::Result<std::string> WebhookSubscriptions::create(GraphqlClient& client, const std::string& topic) {
    auto answer = client.execute(k_webhook_subscription_create, k_webhook_subscription_create_query,
                                 variables({{"topic", topic}, {"uri", callback()}}), k_mutation_cost);
    if (!answer) return answer.error();
    return user_errors(answer->document["data"]["webhookSubscriptionCreate"]);
}

host_api::Result<void> WebhookSubscriptions::keep(const StoreSettings& store, GraphqlClient& client) {
    auto existing = ours(client);
    if (!existing) return existing.error();
    std::vector<std::string> missing;
    for (const auto& topic : needed_topics()) {
        const auto has =
            std::any_of(existing->begin(), existing->end(), [&](const auto& s) { return s.topic == topic; });
        if (!has) missing.push_back(topic);
    }
    std::string refusal;
    std::size_t refused = 0;
    for (const auto& topic : missing) {
        auto created = create(client, topic);
        if (!created) return created.error();
        if (created->empty()) continue;
        if (refusal.empty()) refusal = topic + ": " + *created;
        ++refused;
    }
    if (!missing.empty())
        host_.logger->info("store {}: {} webhook subscription(s) registered to {}", store.name,
                           missing.size() - refused, callback());
    const std::string notice = refusal.empty() ? ""
                                               : "Shopify refused a webhook subscription (" + refusal +
                                                     "); the store stays in step by reconciliation alone.";
    if (!refusal.empty()) host_.logger->warn("store {}: {}", store.name, notice);
    // What the settings page shows while all is well; "webhooks" holds a problem only.
    const auto subscribed = needed_topics().size() - refused;
    if (auto reported = host_.connections.report(store.connection_id, "webhook_status",
                                                 std::to_string(subscribed) + " of " +
                                                     std::to_string(needed_topics().size()) +
                                                     " webhook topics subscribed; Shopify sends them to " + callback());
        !reported)
        return reported;
    return host_.connections.report(store.connection_id, "webhooks", notice);
}

host_api::Result<void> WebhookSubscriptions::remove(const StoreSettings& store, GraphqlClient& client) {
    auto existing = ours(client);
    if (!existing) return existing.error();
    for (const auto& subscription : *existing) {
        auto answer = client.execute(k_webhook_subscription_delete, k_webhook_subscription_delete_query,
                                     variables({{"id", subscription.id}}), k_mutation_cost);
        if (!answer) return answer.error();
    }
    host_.logger->info("store {}: {} webhook subscription(s) deleted", store.name, existing->size());
    return host_.connections.report(store.connection_id, "webhook_status", "");
}

}  // namespace shopify::sync
