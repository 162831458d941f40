#pragma once
// WebhookSubscriptionDelete ($id: ID!): webhookSubscriptionDelete(id:) {
// deletedWebhookSubscriptionId userErrors { field message } }; an unknown id is a
// userError.
#include "tests/sim/shopify/graphql_operation.hpp"

namespace sim::shopify {

GraphqlOperation webhook_subscription_delete_operation();

}  // namespace sim::shopify
