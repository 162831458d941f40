#include "tests/sim/shopify/operations/webhook_subscription_create.hpp"

#include "tests/sim/shopify/operations/webhook_subscriptions.hpp"
#include "tests/sim/shopify/query_cost.hpp"

namespace sim::shopify {
namespace {

std::optional<WebhookTopic> topic_of(const OperationContext& context) {
    const auto topic = member_string(context.variables, "topic");
    return topic ? topic_by_enum_name(*topic) : std::nullopt;
}

CostEstimate estimate(const OperationContext& context) {
    CostEstimate out;
    if (!topic_of(context)) out.errors.push_back(invalid_variable_error("topic", "WebhookSubscriptionTopic!"));
    if (!member_string(context.variables, "uri")) out.errors.push_back(invalid_variable_error("uri", "String!"));
    if (out.errors.empty()) out.requested = query_cost::k_mutation;
    return out;
}

OperationResult run(const OperationContext& context) {
    const auto created = context.subscriptions.create(*topic_of(context), *member_string(context.variables, "uri"));
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("webhookSubscriptionCreate");
    out.StartObject();
    out.Key("webhookSubscription");
    if (const auto* subscription = std::get_if<WebhookSubscription>(&created)) {
        write_webhook_subscription(out, *subscription);
        write_user_errors(out, {});
    } else {
        out.Null();
        write_user_errors(out, {std::get<UserError>(created)});
    }
    out.EndObject();
    out.EndObject();
    return OperationResult{buffer.GetString(), {}, query_cost::k_mutation};
}

}  // namespace

GraphqlOperation webhook_subscription_create_operation() {
    return GraphqlOperation{"WebhookSubscriptionCreate", &estimate, &run};
}

}  // namespace sim::shopify
