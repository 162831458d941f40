#pragma once
// WebhookSubscriptions: webhookSubscriptions(first: 50) { nodes { id topic uri } }, the
// subscriptions the app made through the API, oldest first.
#include "tests/sim/shopify/graphql_operation.hpp"

namespace sim::shopify {

GraphqlOperation webhook_subscriptions_operation();

// { id topic uri } as the plugin's queries select a WebhookSubscription.
void write_webhook_subscription(JsonWriter& out, const WebhookSubscription& subscription);

}  // namespace sim::shopify
