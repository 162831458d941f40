#pragma once
// The webhook subscriptions the plugin needs on each shop, pointing at the host's public
// URL. Shopify deletes a subscription whose deliveries keep failing, so they are checked
// again from time to time and the missing ones registered anew. A shop that refuses
// (userErrors, e.g. no access to protected customer data) is reported on the connection;
// the store then stays in step by reconciliation alone.
#include <string>
#include <vector>

#include "host_api/host_context.hpp"
#include "plugin/shopify/graphql_client.hpp"

namespace shopify::sync {

// ORDERS_CREATE, ORDERS_UPDATED, ORDERS_EDITED, ORDERS_CANCELLED, APP_UNINSTALLED.
const std::vector<std::string>& needed_topics();

class WebhookSubscriptions {
public:
    explicit WebhookSubscriptions(host_api::HostContext& host) : host_(host) {}

    // Registers every needed topic that has no subscription to the host's address.
    host_api::Result<void> keep(const StoreSettings& store, GraphqlClient& client);
    // Deletes the subscriptions to the host's address, where the shop still lets us.
    host_api::Result<void> remove(const StoreSettings& store, GraphqlClient& client);

private:
    struct Subscription {
        std::string id;
        std::string topic;
        std::string uri;
    };

    host_api::Result<std::vector<Subscription>> ours(GraphqlClient& client);
    host_api::Result<std::string> create(GraphqlClient& client, const std::string& topic);  // "" or the refusal
    std::string callback() const;

    host_api::HostContext& host_;
};

}  // namespace shopify::sync
