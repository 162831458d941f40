#pragma once
// The webhook subscriptions an app made through the Admin API (webhookSubscriptionCreate),
// apart from the hand-made one of --webhook-url / POST /_sim/webhooks. Each order change
// goes to every subscription of its topic. Tests delete subscriptions by hand, as Shopify
// does with one whose deliveries keep failing, and can refuse order topics, as Shopify
// does for an app without protected customer data access. Thread-safe.
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "tests/sim/shopify/user_error.hpp"
#include "tests/sim/shopify/webhook_topic.hpp"

namespace sim::shopify {

struct WebhookSubscription {
    std::string id;     // "gid://shopify/WebhookSubscription/1"
    std::string topic;  // the enum name: "ORDERS_CREATE"
    std::string uri;
};

class WebhookSubscriptionRegistry {
public:
    // The new subscription, or why Shopify would refuse it.
    std::variant<WebhookSubscription, UserError> create(const WebhookTopic& topic, const std::string& uri);
    // False when no subscription has that id.
    bool remove(std::string_view id);
    // Returns how many there were.
    std::size_t remove_all();

    std::vector<WebhookSubscription> list() const;  // oldest first
    // The uris subscribed to a topic named as X-Shopify-Topic names it ("orders/create").
    std::vector<std::string> uris_for(std::string_view header_topic) const;

    void refuse_protected_topics(bool refuse);
    bool refuses_protected_topics() const;

private:
    mutable std::mutex mutex_;
    std::vector<WebhookSubscription> subscriptions_;
    std::uint64_t last_number_ = 0;
    bool refuse_protected_ = false;
};

// Why Shopify would not deliver to this address, or "" when it would.
std::string address_problem(const std::string& uri);

}  // namespace sim::shopify
