#include "tests/sim/shopify/operations/webhook_subscriptions.hpp"

#include <algorithm>

#include "tests/sim/shopify/query_cost.hpp"

namespace sim::shopify {
namespace {

// The plugin's query asks for the first 50, a page larger than any app's subscriptions.
constexpr int k_first = 50;

CostEstimate estimate(const OperationContext&) { return CostEstimate{query_cost::webhook_subscriptions(k_first), {}}; }

OperationResult run(const OperationContext& context) {
    auto subscriptions = context.subscriptions.list();
    if (subscriptions.size() > k_first) subscriptions.resize(k_first);
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("webhookSubscriptions");
    out.StartObject();
    out.Key("nodes");
    out.StartArray();
    for (const auto& subscription : subscriptions) write_webhook_subscription(out, subscription);
    out.EndArray();
    out.EndObject();
    out.EndObject();
    return OperationResult{
        buffer.GetString(), {}, query_cost::webhook_subscriptions(static_cast<int>(subscriptions.size()))};
}

}  // namespace

void write_webhook_subscription(JsonWriter& out, const WebhookSubscription& subscription) {
    out.StartObject();
    out.Key("id");
    write_string(out, subscription.id);
    out.Key("topic");
    write_string(out, subscription.topic);
    out.Key("uri");
    write_string(out, subscription.uri);
    out.EndObject();
}

GraphqlOperation webhook_subscriptions_operation() { return GraphqlOperation{"WebhookSubscriptions", &estimate, &run}; }

}  // namespace sim::shopify
