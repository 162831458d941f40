#pragma once
// Group commit for the webhook route: the deliveries that arrive while one commit is being
// made are written together in the next transaction, so one flush to disk (SQLite's commit
// in WAL mode) makes a whole group durable instead of one delivery each. A thread of its
// own commits the groups; the route hands a delivery over and is told its outcome once the
// commit that holds it is durable, or failed: the route answers 200 only then (DESIGN.md,
// step 1), and no server thread waits for the disk meanwhile. Each delivery is one record
// of the inbox's journal (intake_journal.hpp): the records of a group are neighbours on
// disk, and one that cannot be written leaves the others of its group intact.
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "host_api/ids.hpp"
#include "host_api/plugin_state.hpp"
#include "host_api/time.hpp"
#include "host_api/transactions.hpp"
#include "plugin/sync/intake_journal.hpp"

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
    // Called on the committing thread, once per delivery, after its group's commit.
    using Done = std::function<void(const OrderDelivery& delivery, DeliveryOutcome outcome)>;

    InboxGroupCommit(host_api::Transactions& transactions, host_api::PluginState& state, IntakeJournal& journal);
    // Commits what is queued, tells each caller, then ends the committing thread.
    ~InboxGroupCommit();
    InboxGroupCommit(const InboxGroupCommit&) = delete;
    InboxGroupCommit& operator=(const InboxGroupCommit&) = delete;

    // Queues the delivery and returns at once; `done` tells its outcome. Thread-safe.
    void write(OrderDelivery delivery, Done done);

private:
    struct Queued {
        OrderDelivery delivery;
        Done done;
        DeliveryOutcome outcome = DeliveryOutcome::not_stored;
    };

    void commit_until_stopped();
    std::vector<Queued> take_group();
    void commit_group(std::vector<Queued>& group);
    DeliveryOutcome write_one(const OrderDelivery& delivery);

    // Bounds one group, so the first delivery of a long queue does not wait for all.
    static constexpr std::size_t k_group_limit = 512;

    host_api::Transactions& transactions_;
    host_api::PluginState& state_;
    IntakeJournal& journal_;
    std::mutex mutex_;
    std::condition_variable queued_;
    std::vector<Queued> queue_;  // guarded by mutex_
    bool idle_ = false;          // the thread waits for a delivery: a write wakes it
    bool stopping_ = false;
    std::thread committer_;  // last: it starts once everything above is ready
};

}  // namespace shopify::sync
