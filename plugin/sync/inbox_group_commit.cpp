#include "plugin/sync/inbox_group_commit.hpp"

#include <algorithm>

#include "plugin/sync/order_memory.hpp"

namespace shopify::sync {

InboxGroupCommit::InboxGroupCommit(host_api::Transactions& transactions, host_api::PluginState& state)
    : transactions_(transactions), state_(state), inbox_(state) {}

// The first caller to find no commit running leads: it commits the deliveries queued so
// far (its own among them), group after group until its own is done, then hands the lead
// to the first caller still queued. The others sleep until their group is done or the lead
// is theirs. Each caller is woken on its own, never all at once: at 16 connections a wake
// of every waiter per group was a quarter of the host's time. No thread is dedicated to
// it, so nothing has to be started or stopped.
DeliveryOutcome InboxGroupCommit::write(const OrderDelivery& delivery) {
    Waiting mine{&delivery};
    std::unique_lock lock(mutex_);
    queue_.push_back(&mine);
    if (committing_) mine.wake.wait(lock, [&] { return mine.done || mine.leads; });
    if (mine.done) return mine.outcome;
    committing_ = true;
    while (!mine.done) {
        const auto group = take_group();
        lock.unlock();
        commit_group(group);
        lock.lock();
        for (auto* waiting : group) {
            waiting->done = true;
            if (waiting != &mine) waiting->wake.notify_one();
        }
    }
    if (queue_.empty()) {
        committing_ = false;
    } else {
        queue_.front()->leads = true;
        queue_.front()->wake.notify_one();
    }
    return mine.outcome;
}

std::vector<InboxGroupCommit::Waiting*> InboxGroupCommit::take_group() {
    const auto count = std::min(queue_.size(), k_group_limit);
    std::vector<Waiting*> group(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(count));
    queue_.erase(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(count));
    return group;
}

void InboxGroupCommit::commit_group(const std::vector<Waiting*>& group) {
    auto unit = transactions_.begin();
    if (!unit) return;  // every outcome stays not_stored
    for (auto* waiting : group) waiting->outcome = write_one(*waiting->delivery);
    if ((*unit)->commit()) return;
    for (auto* waiting : group) waiting->outcome = DeliveryOutcome::not_stored;
}

// One delivery in its own savepoint; a second delivery of the same webhook id in the same
// group sees the first one's mark and is answered as a repeat.
DeliveryOutcome InboxGroupCommit::write_one(const OrderDelivery& delivery) {
    auto unit = transactions_.begin();
    if (!unit) return DeliveryOutcome::not_stored;
    auto seen = inbox_.seen(delivery.webhook_id);
    if (!seen) return DeliveryOutcome::not_stored;
    if (*seen) return DeliveryOutcome::already_received;
    auto memory = recall_order(state_, delivery.connection, delivery.order_id);
    if (!memory) return DeliveryOutcome::not_stored;
    const bool stale = *memory && delivery.updated_at && *delivery.updated_at < (*memory)->updated_at;
    if (!stale && !inbox_.add(delivery.connection, delivery.order_id, delivery.topic))
        return DeliveryOutcome::not_stored;
    if (!inbox_.mark_seen(delivery.webhook_id) || !(*unit)->commit()) return DeliveryOutcome::not_stored;
    return stale ? DeliveryOutcome::older_than_imported : DeliveryOutcome::accepted;
}

}  // namespace shopify::sync
