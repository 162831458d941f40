#pragma once
// What the plugin reads from a webhook body: only which order it is about and when it
// changed. The order itself is fetched through GraphQL (the webhook is the trigger,
// GraphQL the truth).
#include <optional>
#include <string>
#include <string_view>

#include "host_api/result.hpp"
#include "host_api/time.hpp"

namespace shopify {

struct WebhookPayload {
    std::string order_id;  // numeric, exact (ids exceed 2^53)
    std::optional<host_api::Timestamp> updated_at;
};

// topic: X-Shopify-Topic. orders/edited carries the order under order_edit.order_id.
host_api::Result<WebhookPayload> read_webhook_payload(std::string_view topic, std::string_view body);

}  // namespace shopify
