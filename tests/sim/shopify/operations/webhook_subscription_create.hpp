#pragma once
// WebhookSubscriptionCreate ($topic: WebhookSubscriptionTopic!, $uri: String!):
// webhookSubscriptionCreate(topic:, webhookSubscription: { uri: }) { webhookSubscription
// { id topic uri } userErrors { field message } }. Shopify's refusals (the same topic and
// address twice, an address it does not deliver to, an order topic without protected
// customer data access) are userErrors with a null webhookSubscription.
#include "tests/sim/shopify/graphql_operation.hpp"

namespace sim::shopify {

GraphqlOperation webhook_subscription_create_operation();

}  // namespace sim::shopify
