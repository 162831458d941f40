#pragma once
// Webhook topics under their two names: the WebhookSubscriptionTopic enum an app
// subscribes with (ORDERS_CREATE) and the topic a delivery carries in X-Shopify-Topic
// (orders/create).
#include <optional>
#include <string_view>

namespace sim::shopify {

struct WebhookTopic {
    const char* enum_name;    // "ORDERS_CREATE"
    const char* header_name;  // "orders/create"
    // Order topics carry personal data: an app without protected customer data access
    // may not subscribe to them ("Work with protected customer data", shopify.dev).
    bool protected_customer_data = false;
};

std::optional<WebhookTopic> topic_by_enum_name(std::string_view name);
std::optional<WebhookTopic> topic_by_header_name(std::string_view name);

}  // namespace sim::shopify
