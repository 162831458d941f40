#include "plugin/sync/inbox_group_commit.hpp"

#include <algorithm>

#include "plugin/sync/order_memory.hpp"

namespace shopify::sync {

InboxGroupCommit::InboxGroupCommit(host_api::Transactions& transactions, host_api::PluginState& state)
    : transactions_(transactions), state_(state), inbox_(state) {}

// The first caller to find no commit running leads: it takes every delivery queued so far
// (its own among them) and commits them; the others wait, and one of them leads the next
// group. No thread is dedicated to it, so nothing has to be started or stopped.
DeliveryOutcome InboxGroupCommit::write(const OrderDelivery& delivery) {
    Waiting mine{&delivery};
    std::unique_lock lock(mutex_);
    queue_.push_back(&mine);
    while (!mine.done) {
        if (committing_) {
            group_done_.wait(lock);
            continue;
        }
        committing_ = true;
        const auto group = take_group();
        lock.unlock();
        commit_group(group);
        lock.lock();
        for (auto* waiting : group) waiting->done = true;
        committing_ = false;
        group_done_.notify_all();
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
