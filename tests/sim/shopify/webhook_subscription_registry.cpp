#include "tests/sim/shopify/webhook_subscription_registry.hpp"

#include <algorithm>

#include "tests/sim/shopify/webhook_url.hpp"

namespace sim::shopify {
namespace {

// The input the address errors blame, as webhookSubscriptionCreate names it.
const std::vector<std::string> k_address_field = {"webhookSubscription", "callbackUrl"};

bool is_loopback(const std::string& host) { return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0; }

}  // namespace

// Real Shopify takes only https:// addresses (and its own pubsub:// and arn:aws:events:).
// The local one also takes http:// on loopback, where tests run the host without TLS.
std::string address_problem(const std::string& uri) {
    const auto url = parse_webhook_url(uri);
    if (!url) return "Address is invalid";
    if (!url->tls && !is_loopback(url->host)) return "Address protocol http:// is not supported";
    return "";
}

std::variant<WebhookSubscription, UserError> WebhookSubscriptionRegistry::create(const WebhookTopic& topic,
                                                                                 const std::string& uri) {
    if (const auto problem = address_problem(uri); !problem.empty()) return UserError{k_address_field, problem};
    std::lock_guard lock(mutex_);
    if (refuse_protected_ && topic.protected_customer_data)
        return UserError{std::vector<std::string>{"topic"},
                         std::string("You do not have permission to create or update webhooks with ") +
                             topic.header_name + " topic. This topic contains protected customer data."};
    const bool taken = std::any_of(subscriptions_.begin(), subscriptions_.end(), [&](const auto& existing) {
        return existing.topic == topic.enum_name && existing.uri == uri;
    });
    if (taken) return UserError{k_address_field, "Address for this topic has already been taken"};
    WebhookSubscription subscription{"gid://shopify/WebhookSubscription/" + std::to_string(++last_number_),
                                     topic.enum_name, uri};
    subscriptions_.push_back(subscription);
    return subscription;
}

bool WebhookSubscriptionRegistry::remove(std::string_view id) {
    std::lock_guard lock(mutex_);
    const auto found = std::find_if(subscriptions_.begin(), subscriptions_.end(),
                                    [&](const auto& subscription) { return subscription.id == id; });
    if (found == subscriptions_.end()) return false;
    subscriptions_.erase(found);
    return true;
}

std::size_t WebhookSubscriptionRegistry::remove_all() {
    std::lock_guard lock(mutex_);
    const auto removed = subscriptions_.size();
    subscriptions_.clear();
    return removed;
}

std::vector<WebhookSubscription> WebhookSubscriptionRegistry::list() const {
    std::lock_guard lock(mutex_);
    return subscriptions_;
}

std::vector<std::string> WebhookSubscriptionRegistry::uris_for(std::string_view header_topic) const {
    const auto topic = topic_by_header_name(header_topic);
    std::vector<std::string> uris;
    if (!topic) return uris;
    std::lock_guard lock(mutex_);
    for (const auto& subscription : subscriptions_)
        if (subscription.topic == topic->enum_name) uris.push_back(subscription.uri);
    return uris;
}

void WebhookSubscriptionRegistry::refuse_protected_topics(bool refuse) {
    std::lock_guard lock(mutex_);
    refuse_protected_ = refuse;
}

bool WebhookSubscriptionRegistry::refuses_protected_topics() const {
    std::lock_guard lock(mutex_);
    return refuse_protected_;
}

}  // namespace sim::shopify
