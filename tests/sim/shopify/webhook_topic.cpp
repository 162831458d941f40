#include "tests/sim/shopify/webhook_topic.hpp"

#include <array>

namespace sim::shopify {
namespace {

// The topics an order integration subscribes to; the local shop sends the order ones.
constexpr std::array k_topics = {
    WebhookTopic{"ORDERS_CREATE", "orders/create", true},
    WebhookTopic{"ORDERS_UPDATED", "orders/updated", true},
    WebhookTopic{"ORDERS_EDITED", "orders/edited", true},
    WebhookTopic{"ORDERS_CANCELLED", "orders/cancelled", true},
    WebhookTopic{"ORDERS_FULFILLED", "orders/fulfilled", true},
    WebhookTopic{"ORDERS_PAID", "orders/paid", true},
    WebhookTopic{"ORDERS_DELETE", "orders/delete", false},
    WebhookTopic{"APP_UNINSTALLED", "app/uninstalled", false},
    WebhookTopic{"PRODUCTS_UPDATE", "products/update", false},
};

}  // namespace

std::optional<WebhookTopic> topic_by_enum_name(std::string_view name) {
    for (const auto& topic : k_topics)
        if (name == topic.enum_name) return topic;
    return std::nullopt;
}

std::optional<WebhookTopic> topic_by_header_name(std::string_view name) {
    for (const auto& topic : k_topics)
        if (name == topic.header_name) return topic;
    return std::nullopt;
}

}  // namespace sim::shopify
