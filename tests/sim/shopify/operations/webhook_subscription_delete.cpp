#include "tests/sim/shopify/operations/webhook_subscription_delete.hpp"

#include "tests/sim/shopify/query_cost.hpp"

namespace sim::shopify {
namespace {

CostEstimate estimate(const OperationContext& context) {
    CostEstimate out;
    if (!member_string(context.variables, "id")) out.errors.push_back(invalid_variable_error("id", "ID!"));
    if (out.errors.empty()) out.requested = query_cost::k_mutation;
    return out;
}

OperationResult run(const OperationContext& context) {
    const auto id = *member_string(context.variables, "id");
    const bool deleted = context.subscriptions.remove(id);
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("webhookSubscriptionDelete");
    out.StartObject();
    out.Key("deletedWebhookSubscriptionId");
    write_optional(out, deleted ? std::optional(id) : std::nullopt);
    write_user_errors(
        out, deleted ? std::vector<UserError>{}
                     : std::vector<UserError>{{std::vector<std::string>{"id"}, "Webhook subscription does not exist"}});
    out.EndObject();
    out.EndObject();
    return OperationResult{buffer.GetString(), {}, query_cost::k_mutation};
}

}  // namespace

GraphqlOperation webhook_subscription_delete_operation() {
    return GraphqlOperation{"WebhookSubscriptionDelete", &estimate, &run};
}

}  // namespace sim::shopify
