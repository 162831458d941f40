#include "plugin/sync/sync_worker.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "plugin/shopify/graphql_operations.hpp"
#include "plugin/shopify/graphql_order_decoder.hpp"
#include "plugin/shopify/line_item_pages.hpp"
#include "plugin/sync/delivery_router.hpp"
#include "plugin/sync/shop_check.hpp"

namespace shopify::sync {
namespace {

// After a transient failure a store rests this long; after a refusal (bad token) longer.
constexpr std::chrono::seconds k_rest_after_transient{2};
constexpr std::chrono::seconds k_rest_after_refusal{30};
// Without a wake-up the worker still looks every so often (entries left by a crash).
constexpr std::chrono::milliseconds k_idle_look{1000};
// Shopify may delete a subscription whose deliveries failed for a while: they are looked at
// again every other reconciliation round (at most every 10 minutes), 52 points each time.
constexpr std::chrono::minutes k_longest_upkeep_interval{10};
constexpr std::chrono::seconds k_upkeep_retry{30};
// Failed imports queued again and deliveries kept pending are looked at this often, not at
// every wake-up: a stream of webhooks wakes the worker thousands of times a second, and
// each look reads every such record and tries every such delivery again.
constexpr std::chrono::seconds k_retry_look{2};
// Records moved from the journal per transaction: enough that a stream of webhooks is moved
// in few commits, few enough that the webhook route's next commit does not wait long.
constexpr std::size_t k_intake_move_limit = 256;

std::string variables_for(const std::vector<InboxEntry>& batch) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    out.Key("ids");
    out.StartArray();
    for (const auto& entry : batch) out.String(order_gid(entry.order_id));
    out.EndArray();
    out.Key("lines");
    out.Int(k_line_items_per_order);
    out.EndObject();
    return buffer.GetString();
}

double requested_cost(std::size_t orders) { return static_cast<double>(orders) * k_order_cost; }

// Same settings, same client: changed credentials or a changed address get a fresh one.
std::string fingerprint(const StoreSettings& store) {
    return store.domain + "|" + store.api_base() + "|" + store.token + "|" + store.client_id + "|" +
           store.client_secret + "|" + store.ca_file;
}

}  // namespace

SyncWorker::SyncWorker(host_api::HostContext& host, StoreRegistry& stores, IntakeJournal& journal)
    : host_(host),
      stores_(stores),
      journal_(journal),
      inbox_(host.state),
      importer_(host),
      reconciler_(host, inbox_),
      initial_import_(host, importer_),
      subscriptions_(host) {}

SyncWorker::~SyncWorker() { stop(); }

void SyncWorker::start() {
    thread_ = std::thread([this] { run(); });
}

void SyncWorker::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    pause_.stop();
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void SyncWorker::wake() {
    {
        std::lock_guard lock(mutex_);
        woken_ = true;
    }
    wake_.notify_all();
}

bool SyncWorker::wait_for_work(std::chrono::milliseconds limit) {
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, limit, [this] { return woken_ || stopping_; });
    woken_ = false;
    return !stopping_;
}

void SyncWorker::run() {
    while (wait_for_work(k_idle_look)) {
        retire_removed_stores();
        for (const auto& store : stores_.all()) {
            try {
                upkeep_when_due(store);
                retry_when_due(store);
                reconcile_when_due(store);
                advance_initial_import(store);
            } catch (const std::exception& e) {
                host_.logger->error("store {}: retrying failed work: {}", store.name, e.what());
            }
        }
        bool busy = true;
        while (busy && !pause_.stopped()) {
            busy = move_intake();
            for (const auto& store : stores_.all()) busy = guarded_work_on(store) || busy;
        }
    }
}

bool SyncWorker::move_intake() {
    auto moved = journal_.move_to_inbox(host_.transactions, k_intake_move_limit);
    if (!moved) {
        host_.logger->warn("cannot move accepted deliveries into the inbox, tried again shortly: {}",
                           moved.error().message);
        return false;
    }
    return *moved > 0;
}

void SyncWorker::queue_retries(const StoreSettings& store) {
    auto pending = host_.imports.import_records(host_api::k_import_pending);
    if (!pending) return;
    for (const auto& record : *pending) {
        if (record.store != store.name) continue;
        if (record.external_id.find_first_not_of("0123456789") != std::string::npos) continue;  // no order id
        if (!inbox_.add(store.connection_id, record.external_id, "retry")) return;
    }
}

void SyncWorker::retry_when_due(const StoreSettings& store) {
    const auto now = std::chrono::steady_clock::now();
    auto& due = retries_due_[store.connection_id];
    if (due > now) return;
    due = now + k_retry_look;
    queue_retries(store);
    DeliveryRouter(host_).retry_pending(store);
}

void SyncWorker::retire(const StoreSettings& store) {
    {
        std::lock_guard lock(mutex_);
        retired_.push_back(store);
    }
    wake();
}

void SyncWorker::retire_removed_stores() {
    std::vector<StoreSettings> retired;
    {
        std::lock_guard lock(mutex_);
        retired.swap(retired_);
    }
    for (const auto& store : retired) {
        try {
            if (auto removed = subscriptions_.remove(store, client_for(store)); !removed)
                host_.logger->warn("store {}: webhook subscriptions not deleted: {}", store.name,
                                   removed.error().message);
        } catch (const std::exception& e) {
            host_.logger->error("store {}: deleting webhook subscriptions failed: {}", store.name, e.what());
        }
        clients_.erase(store.connection_id);
        upkeep_due_.erase(store.connection_id);
        reconcile_due_.erase(store.connection_id);
        retries_due_.erase(store.connection_id);
    }
}

void SyncWorker::upkeep_when_due(const StoreSettings& store) {
    const auto now = std::chrono::steady_clock::now();
    auto& due = upkeep_due_[store.connection_id];
    if (due > now) return;
    auto& client = client_for(store);
    auto checked = check_shop(host_, store, client);
    auto kept = checked ? subscriptions_.keep(store, client) : host_api::Result<void>(checked.error());
    if (!kept) {
        host_.logger->warn("store {}: shop check or webhook subscriptions failed, tried again in {} s: {}", store.name,
                           k_upkeep_retry.count(), kept.error().message);
        due = now + k_upkeep_retry;
        return;
    }
    due = now + std::min<std::chrono::steady_clock::duration>(2 * store.reconcile_interval, k_longest_upkeep_interval);
}

void SyncWorker::advance_initial_import(const StoreSettings& store) {
    if (resting_until_[store.connection_id] > std::chrono::steady_clock::now()) return;
    auto advanced = initial_import_.advance(store, client_for(store));
    if (!advanced) host_.logger->warn("store {}: the initial import waits: {}", store.name, advanced.error().message);
}

void SyncWorker::reconcile_when_due(const StoreSettings& store) {
    const auto now = std::chrono::steady_clock::now();
    auto& due = reconcile_due_[store.connection_id];
    if (due > now || resting_until_[store.connection_id] > now) return;
    // Until the initial import has begun its work, its bulk file is the one source of the
    // history; reconciliation then starts where it began. A failed initial import leaves
    // the history to reconciliation's deep rounds.
    auto initial = initial_import_.progress(store.connection_id);
    if (initial && initial->state.empty()) return;
    due = now + store.reconcile_interval;
    auto round = reconciler_.run(store, client_for(store));
    if (!round) {
        host_.logger->warn("store {}: reconciliation failed, tried again in {} s: {}", store.name,
                           store.reconcile_interval.count(), round.error().message);
        return;
    }
    if (round->queued > 0)
        host_.logger->info("store {}: reconciliation found {} changed order(s) of {} listed", store.name, round->queued,
                           round->listed);
}

// This thread is the plugin's own: nothing may escape it (an escaping exception would end
// the host). What fails here stays in the inbox and the store rests before the next try.
bool SyncWorker::guarded_work_on(const StoreSettings& store) {
    try {
        return work_on(store);
    } catch (const std::exception& e) {
        host_.logger->error("store {}: import round failed: {}", store.name, e.what());
    } catch (...) {
        host_.logger->error("store {}: import round failed", store.name);
    }
    resting_until_[store.connection_id] = std::chrono::steady_clock::now() + k_rest_after_transient;
    return false;
}

GraphqlClient& SyncWorker::client_for(const StoreSettings& store) {
    auto& slot = clients_[store.connection_id];
    if (!slot.second || slot.first != fingerprint(store)) {
        slot.first = fingerprint(store);
        slot.second = std::make_unique<GraphqlClient>(store, host_.http, host_.logger, pause_);
    }
    return *slot.second;
}

bool SyncWorker::work_on(const StoreSettings& store) {
    const auto now = std::chrono::steady_clock::now();
    if (resting_until_[store.connection_id] > now) return false;
    auto batch = inbox_.pending(store.connection_id, k_orders_per_request);
    if (!batch) {
        host_.logger->warn("store {}: cannot read the inbox: {}", store.name, batch.error().message);
        return false;
    }
    if (batch->empty()) return false;
    auto answer = client_for(store).execute(k_orders_by_ids, k_orders_by_ids_query, variables_for(*batch),
                                            requested_cost(batch->size()));
    if (!answer) {
        const auto rest = answer.error().transient ? k_rest_after_transient : k_rest_after_refusal;
        resting_until_[store.connection_id] = now + rest;
        host_.logger->warn("store {}: fetching {} orders failed, {} kept in the inbox: {}", store.name, batch->size(),
                           batch->size(), answer.error().message);
        return false;
    }
    import_nodes(store, *batch, *answer);
    return true;
}

void SyncWorker::import_nodes(const StoreSettings& store, const std::vector<InboxEntry>& batch,
                              const GraphqlAnswer& answer) {
    const auto& data = answer.document["data"];
    const auto nodes = data.FindMember("nodes");
    if (nodes == data.MemberEnd() || !nodes->value.IsArray() || nodes->value.Size() != batch.size()) {
        host_.logger->warn("store {}: the answer has no nodes for the {} orders asked", store.name, batch.size());
        resting_until_[store.connection_id] = std::chrono::steady_clock::now() + k_rest_after_transient;
        return;
    }
    for (rapidjson::SizeType i = 0; i < batch.size(); ++i)
        import_one(store, batch[i], nodes->value[i], answer.customer_data_withheld);
}

void SyncWorker::import_one(const StoreSettings& store, const InboxEntry& entry, const rapidjson::Value& node,
                            bool withheld) {
    const auto finish = [&] { return inbox_.finish(entry); };
    if (node.IsNull()) {
        auto recorded =
            importer_.record_failure(store, entry.order_id, "the order is not on Shopify (deleted?)", finish);
        if (recorded) ++failed_;
        return;
    }
    auto order = decode_graphql_order(node);
    if (!order) {
        host_.logger->error("store {}: order {} cannot be read: {}", store.name, entry.order_id, order.error().message);
        if (importer_.record_failure(store, entry.order_id, order.error().message, finish)) ++failed_;
        return;
    }
    order->customer_data_redacted = withheld;
    if (!read_all_lines(store, entry, *order)) return;
    auto outcome = importer_.import(store, *order, finish);
    if (!outcome) {
        // Nothing was written and the entry stays: it is tried again on the next round.
        host_.logger->warn("store {}: order {} not imported yet: {}", store.name, order->name, outcome.error().message);
        resting_until_[store.connection_id] = std::chrono::steady_clock::now() + k_rest_after_transient;
        return;
    }
    if (outcome->kind == ImportOutcome::Kind::refused) {
        ++failed_;
        host_.logger->warn("store {}: order {} not imported: {}", store.name, order->name, outcome->reason);
    } else if (outcome->kind == ImportOutcome::Kind::unchanged) {
        host_.logger->debug("store {}: order {} unchanged", store.name, order->name);
    } else {
        ++imported_;
        host_.logger->info("store {}: order {} {} (host order {})", store.name, order->name,
                           outcome->kind == ImportOutcome::Kind::created ? "imported" : "updated", outcome->order_id);
    }
}

// An order with more lines than the first page: the rest, or the entry waits (a transient
// failure) or is recorded as failed. False when the order is not to be imported now.
bool SyncWorker::read_all_lines(const StoreSettings& store, const InboxEntry& entry, Order& order) {
    if (!order.more_line_items_after) return true;
    auto read = read_remaining_line_items(client_for(store), order);
    if (read) return true;
    if (read.error().transient) {
        host_.logger->warn("store {}: the line items of order {} not read yet: {}", store.name, order.name,
                           read.error().message);
        resting_until_[store.connection_id] = std::chrono::steady_clock::now() + k_rest_after_transient;
    } else if (importer_.record_failure(store, entry.order_id, read.error().message,
                                        [&] { return inbox_.finish(entry); })) {
        ++failed_;
    }
    return false;
}

SyncCounters SyncWorker::counters() const { return SyncCounters{imported_.load(), failed_.load(), {}}; }

}  // namespace shopify::sync
