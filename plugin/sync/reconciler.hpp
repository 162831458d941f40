#pragma once
// Reconciliation: webhooks are only the trigger, and Shopify may delay, drop or stop
// them. Every interval the reconciler lists the store's orders changed since its cursor
// (less an overlap, so late writes on Shopify's side are not missed) and puts every order
// that is newer than what was imported into the inbox; the worker then imports them the
// usual way. The cursor advances only past orders the inbox holds (R11, R28).
#include <chrono>
#include <optional>
#include <string>

#include "host_api/host_context.hpp"
#include "plugin/shopify/graphql_client.hpp"
#include "plugin/sync/inbox.hpp"

namespace shopify::sync {

struct ReconcileRound {
    std::size_t listed = 0;  // orders Shopify said changed
    std::size_t queued = 0;  // of those, newer than what was imported
};

class Reconciler {
public:
    // The overlap of an ordinary round, and of the deep round made once a day.
    static constexpr std::chrono::minutes k_overlap{5};
    static constexpr std::chrono::hours k_deep_overlap{48};
    static constexpr std::chrono::hours k_deep_every{24};

    Reconciler(host_api::HostContext& host, Inbox& inbox) : host_(host), inbox_(inbox) {}

    // One round for one store: every page of changed orders. A failure leaves the cursor
    // where the last page that was queued put it.
    host_api::Result<ReconcileRound> run(const StoreSettings& store, GraphqlClient& client);

    // The initial import covers everything before `start`: rounds begin there (less the
    // overlap), not 2 days back.
    static host_api::Result<void> begin_at(host_api::PluginState& state, host_api::ConnectionId store,
                                           host_api::Timestamp start);

private:
    host_api::Result<host_api::Timestamp> round_start(const StoreSettings& store, host_api::Timestamp now, bool& deep);
    host_api::Result<bool> queue_if_newer(const StoreSettings& store, const std::string& order_id,
                                          host_api::Timestamp updated_at);
    host_api::Result<void> save_cursor(const StoreSettings& store, host_api::Timestamp cursor);

    host_api::HostContext& host_;
    Inbox& inbox_;
};

}  // namespace shopify::sync
