#pragma once
// Turns changes in the shop into webhook deliveries: one to the hand-made URL
// (--webhook-url, POST /_sim/webhooks {"url"}) and one to every API subscription of the
// change's topic, as the tests configure it (POST /_sim/webhooks): on or off for all of
// them, each delivery sent N extra times with the same webhook id (Shopify may deliver
// twice), or held and flushed newest first (Shopify does not promise order). Thread-safe.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "tests/sim/shopify/shop_profile.hpp"
#include "tests/sim/shopify/webhook_delivery.hpp"
#include "tests/sim/shopify/webhook_sender.hpp"
#include "tests/sim/shopify/webhook_subscription_registry.hpp"

namespace sim::shopify {

struct WebhookSettings {
    bool enabled = true;  // off: no deliveries at all, to the URL or to subscriptions
    int duplicate = 0;    // extra copies of every delivery
    bool reorder = false;
    std::string url;  // the hand-made subscription; none when empty
};

class WebhookDispatcher {
public:
    WebhookDispatcher(const ShopProfile& shop, std::string client_secret, WebhookSender& sender,
                      const WebhookSubscriptionRegistry& subscriptions, std::string url);

    // A change in the shop: sends (or holds) one delivery of `topic` with `body` to the
    // URL and to each subscription of the topic, plus their duplicates; all share one event
    // id, each has its own webhook id. Nothing when disabled.
    void publish(const std::string& topic, const std::string& body);
    // Sends what reorder held, newest first, or shuffled by `shuffle_seed` (Shopify promises
    // no order at all); returns how many deliveries went.
    std::size_t flush(std::optional<std::uint64_t> shuffle_seed = std::nullopt);

    // Changes settings under the lock; turning reorder off flushes what was held.
    WebhookSettings update(const std::function<void(WebhookSettings&)>& change);
    WebhookSettings settings() const;
    std::size_t held() const;

private:
    const ShopProfile& shop_;
    const std::string client_secret_;
    WebhookSender& sender_;
    const WebhookSubscriptionRegistry& subscriptions_;
    mutable std::mutex mutex_;
    WebhookSettings settings_;
    std::vector<WebhookDelivery> held_;  // oldest first
};

// "2026-11-28T14:30:22.123Z"
std::string triggered_at_now();

}  // namespace sim::shopify
