#include "tests/sim/shopify/webhook_dispatcher.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

#include "host_api/time.hpp"
#include "tests/sim/shopify/random_ids.hpp"
#include "tests/sim/shopify/webhook_signature.hpp"

namespace sim::shopify {

std::string triggered_at_now() {
    const auto now = std::chrono::system_clock::now();
    const auto seconds = std::chrono::time_point_cast<std::chrono::seconds>(now);
    const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(now - seconds).count();
    auto text = host_api::format_iso8601(seconds);
    char fraction[8];
    std::snprintf(fraction, sizeof fraction, ".%03d", static_cast<int>(millis));
    text.insert(text.size() - 1, fraction);
    return text;
}

WebhookDispatcher::WebhookDispatcher(const ShopProfile& shop, std::string client_secret, WebhookSender& sender,
                                     const WebhookSubscriptionRegistry& subscriptions, std::string url)
    : shop_(shop), client_secret_(std::move(client_secret)), sender_(sender), subscriptions_(subscriptions) {
    settings_.url = std::move(url);
}

void WebhookDispatcher::publish(const std::string& topic, const std::string& body) {
    std::vector<WebhookDelivery> ready;
    {
        std::lock_guard lock(mutex_);
        if (!settings_.enabled) return;
        auto urls = subscriptions_.uris_for(topic);
        if (!settings_.url.empty()) urls.insert(urls.begin(), settings_.url);
        WebhookDelivery delivery;
        delivery.topic = topic;
        delivery.body = body;
        delivery.hmac = webhook_hmac(client_secret_, body);
        delivery.shop_domain = shop_.domain;
        delivery.api_version = k_webhook_api_version;
        delivery.event_id = random_uuid();
        delivery.triggered_at = triggered_at_now();
        auto& target = settings_.reorder ? held_ : ready;
        for (const auto& url : urls) {
            delivery.url = url;
            delivery.webhook_id = random_uuid();
            for (int copy = 0; copy <= settings_.duplicate; ++copy) target.push_back(delivery);
        }
    }
    for (auto& delivery : ready) sender_.send(std::move(delivery));
}

std::size_t WebhookDispatcher::flush(std::optional<std::uint64_t> shuffle_seed) {
    std::vector<WebhookDelivery> held;
    {
        std::lock_guard lock(mutex_);
        held.swap(held_);
    }
    if (shuffle_seed) {
        std::mt19937_64 random(*shuffle_seed);
        std::shuffle(held.begin(), held.end(), random);
    } else {
        std::reverse(held.begin(), held.end());
    }
    for (auto& delivery : held) sender_.send(std::move(delivery));
    return held.size();
}

WebhookSettings WebhookDispatcher::update(const std::function<void(WebhookSettings&)>& change) {
    WebhookSettings now;
    bool release = false;
    {
        std::lock_guard lock(mutex_);
        change(settings_);
        if (settings_.duplicate < 0) settings_.duplicate = 0;
        release = !settings_.reorder && !held_.empty();
        now = settings_;
    }
    if (release) flush();
    return now;
}

WebhookSettings WebhookDispatcher::settings() const {
    std::lock_guard lock(mutex_);
    return settings_;
}

std::size_t WebhookDispatcher::held() const {
    std::lock_guard lock(mutex_);
    return held_.size();
}

}  // namespace sim::shopify
