#include "plugin/sync/inbox_group_commit.hpp"

#include <iterator>
#include <utility>

#include "plugin/sync/order_memory.hpp"

namespace shopify::sync {

InboxGroupCommit::InboxGroupCommit(host_api::Transactions& transactions, host_api::PluginState& state,
                                   IntakeJournal& journal)
    : transactions_(transactions), state_(state), journal_(journal), committer_([this] { commit_until_stopped(); }) {}

InboxGroupCommit::~InboxGroupCommit() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    queued_.notify_one();
    committer_.join();
}

void InboxGroupCommit::write(OrderDelivery delivery, Done done) {
    std::unique_lock lock(mutex_);
    if (stopping_) {
        lock.unlock();
        return done(delivery, DeliveryOutcome::not_stored);
    }
    queue_.push_back(Queued{std::move(delivery), std::move(done)});
    // Only a waiting thread needs the wake: a busy one takes the queue when it is done.
    const bool wake = std::exchange(idle_, false);
    lock.unlock();
    if (wake) queued_.notify_one();
}

// While one group is being committed, the next one queues; each group is told its
// outcomes outside the lock, so new deliveries keep queueing meanwhile.
void InboxGroupCommit::commit_until_stopped() {
    for (;;) {
        std::vector<Queued> group;
        {
            std::unique_lock lock(mutex_);
            idle_ = queue_.empty();
            queued_.wait(lock, [&] { return !queue_.empty() || stopping_; });
            idle_ = false;
            if (queue_.empty()) return;  // stopping, and everything queued was committed
            group = take_group();
        }
        commit_group(group);
        for (auto& queued : group) queued.done(queued.delivery, queued.outcome);
    }
}

std::vector<InboxGroupCommit::Queued> InboxGroupCommit::take_group() {
    std::vector<Queued> group;
    if (queue_.size() <= k_group_limit) {
        group.swap(queue_);
        return group;
    }
    const auto end = queue_.begin() + static_cast<std::ptrdiff_t>(k_group_limit);
    group.assign(std::make_move_iterator(queue_.begin()), std::make_move_iterator(end));
    queue_.erase(queue_.begin(), end);
    return group;
}

void InboxGroupCommit::commit_group(std::vector<Queued>& group) {
    auto unit = transactions_.begin();
    if (!unit) return;  // every outcome stays not_stored
    for (auto& queued : group) queued.outcome = write_one(queued.delivery);
    if ((*unit)->commit()) return;
    for (auto& queued : group) {
        if (queued.outcome == DeliveryOutcome::accepted || queued.outcome == DeliveryOutcome::older_than_imported)
            journal_.forget(queued.delivery.webhook_id);
        queued.outcome = DeliveryOutcome::not_stored;
    }
}

// A delivery is one write, atomic on its own: one that fails leaves the others of its
// group intact without a savepoint around it. A second delivery of the same webhook id in
// the same group finds the first one's id seen and is answered as a repeat.
DeliveryOutcome InboxGroupCommit::write_one(const OrderDelivery& delivery) {
    auto seen = journal_.seen(delivery.webhook_id);
    if (!seen) return DeliveryOutcome::not_stored;
    if (*seen) return DeliveryOutcome::already_received;
    auto memory = recall_order(state_, delivery.connection, delivery.order_id);
    if (!memory) return DeliveryOutcome::not_stored;
    const bool stale = *memory && delivery.updated_at && *delivery.updated_at < (*memory)->updated_at;
    const JournalRecord record{delivery.connection, delivery.webhook_id, delivery.topic, delivery.order_id, stale};
    if (!journal_.append(record)) return DeliveryOutcome::not_stored;
    return stale ? DeliveryOutcome::older_than_imported : DeliveryOutcome::accepted;
}

}  // namespace shopify::sync
