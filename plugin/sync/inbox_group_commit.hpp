#pragma once
// Group commit for the webhook route: the deliveries that arrive while one commit is being
// made are written together in the next transaction, so one flush to disk (SQLite's commit
// in WAL mode) makes a whole group durable instead of one delivery each. Every caller
// returns only after the commit that holds its delivery is durable, or failed: the route
// answers 200 only then (DESIGN.md, step 1). Each delivery is written in a savepoint of
// its own, so one that cannot be written leaves the others of its group intact.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "host_api/ids.hpp"
#include "host_api/plugin_state.hpp"
#include "host_api/time.hpp"
#include "host_api/transactions.hpp"
#include "plugin/sync/inbox.hpp"

namespace shopify::sync {

// A signed, readable delivery about one order.
struct OrderDelivery {
    host_api::ConnectionId connection = 0;
    std::string webhook_id;
    std::string topic;
    std::string order_id;
    std::optional<host_api::Timestamp> updated_at;
};

enum class DeliveryOutcome {
    accepted,             // in the inbox, durable
    already_received,     // its webhook id was accepted before: nothing written
    older_than_imported,  // the imported state is newer: only the webhook id is kept
    not_stored,           // the store failed: nothing of it is kept, Shopify will retry
};

class InboxGroupCommit {
public:
    InboxGroupCommit(host_api::Transactions& transactions, host_api::PluginState& state);

    // Blocks until the delivery's group is committed (or failed). Thread-safe.
    DeliveryOutcome write(const OrderDelivery& delivery);

private:
    // A caller's delivery, on its stack while it waits; guarded by mutex_.
    struct Waiting {
        explicit Waiting(const OrderDelivery* of) : delivery(of) {}
        const OrderDelivery* delivery;
        DeliveryOutcome outcome = DeliveryOutcome::not_stored;
        bool done = false;
        bool leads = false;  // handed the lead: commits the next group
        std::condition_variable wake;
    };

    std::vector<Waiting*> take_group();
    void commit_group(const std::vector<Waiting*>& group);
    DeliveryOutcome write_one(const OrderDelivery& delivery);

    // Bounds one group, so the first delivery of a long queue does not wait for all.
    static constexpr std::size_t k_group_limit = 512;

    host_api::Transactions& transactions_;
    host_api::PluginState& state_;
    Inbox inbox_;
    std::mutex mutex_;
    std::deque<Waiting*> queue_;
    bool committing_ = false;  // a caller leads; cleared when it leaves with nobody queued
};

}  // namespace shopify::sync
