#pragma once
// Turns changes in the shop into webhook deliveries, as the tests configure it
// (POST /_sim/webhooks): on or off, each delivery sent N extra times with the same
// webhook id (Shopify may deliver twice), or held and flushed newest first (Shopify does
// not promise order). Thread-safe.
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "tests/sim/shopify/shop_profile.hpp"
#include "tests/sim/shopify/webhook_delivery.hpp"
#include "tests/sim/shopify/webhook_sender.hpp"

namespace sim::shopify {

struct WebhookSettings {
    bool enabled = true;
    int duplicate = 0;  // extra copies of every delivery
    bool reorder = false;
    std::string url;  // no URL: no webhooks
};

class WebhookDispatcher {
public:
    WebhookDispatcher(const ShopProfile& shop, std::string client_secret, WebhookSender& sender, std::string url);

    // A change in the shop: sends (or holds) one delivery of `topic` with `body`, plus
    // its duplicates; nothing when disabled or without a URL.
    void publish(const std::string& topic, const std::string& body);
    // Sends what reorder held, newest first; returns how many deliveries went.
    std::size_t flush();

    // Changes settings under the lock; turning reorder off flushes what was held.
    WebhookSettings update(const std::function<void(WebhookSettings&)>& change);
    WebhookSettings settings() const;
    std::size_t held() const;

private:
    const ShopProfile& shop_;
    const std::string client_secret_;
    WebhookSender& sender_;
    mutable std::mutex mutex_;
    WebhookSettings settings_;
    std::vector<WebhookDelivery> held_;  // oldest first
};

// "2026-11-28T14:30:22.123Z"
std::string triggered_at_now();

}  // namespace sim::shopify
