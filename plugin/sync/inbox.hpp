#pragma once
// The durable inbox: what the webhook route accepted and the worker has not imported yet,
// one entry per order (several deliveries for one order collapse into one fetch, because
// GraphQL gives the current state anyway). Written before the webhook's 200 (DESIGN.md,
// step 1); finished in the import's own transaction, so a crash loses nothing.
#include <string>
#include <vector>

#include "host_api/ids.hpp"
#include "host_api/plugin_state.hpp"
#include "host_api/result.hpp"

namespace shopify::sync {

struct InboxEntry {
    host_api::ConnectionId connection = 0;
    std::string order_id;  // numeric Shopify order id
    std::string reason;    // "orders/updated", "reconciliation", "retry", …
    std::string stored_value;  // as read: finish() compares it to see a newer delivery
};

class Inbox {
public:
    explicit Inbox(host_api::PluginState& state) : state_(state) {}

    host_api::Result<void> add(host_api::ConnectionId connection, const std::string& order_id, const std::string& reason);
    // Up to `limit` entries of one connection, oldest keys first.
    host_api::Result<std::vector<InboxEntry>> pending(host_api::ConnectionId connection, std::size_t limit);
    host_api::Result<std::size_t> size(host_api::ConnectionId connection);
    // Removes the entry unless a newer delivery replaced it since it was read (then the
    // order is fetched again). Call inside the import's transaction.
    host_api::Result<void> finish(const InboxEntry& entry);

    // Webhook ids already accepted (X-Shopify-Webhook-Id): a repeat is answered 200 and
    // dropped.
    host_api::Result<bool> seen(const std::string& webhook_id);
    host_api::Result<void> mark_seen(const std::string& webhook_id);

private:
    host_api::PluginState& state_;
};

}  // namespace shopify::sync
