#pragma once
// One webhook delivery: the body and the headers Shopify sends with it ("Webhooks
// delivery structure", shopify.dev). Retries and duplicates resend it unchanged.
#include <string>

namespace sim::shopify {

struct WebhookDelivery {
    std::string url;
    std::string topic;         // X-Shopify-Topic: "orders/create"
    std::string body;          // the REST order, compact JSON
    std::string hmac;          // X-Shopify-Hmac-Sha256
    std::string shop_domain;   // X-Shopify-Shop-Domain
    std::string api_version;   // X-Shopify-API-Version
    std::string webhook_id;    // X-Shopify-Webhook-Id: one per delivery
    std::string event_id;      // X-Shopify-Event-Id: one per change in the shop
    std::string triggered_at;  // X-Shopify-Triggered-At
    int attempts = 0;          // made so far
};

}  // namespace sim::shopify
