#pragma once
// Moves the deliveries the webhook route accepted from the inbox's journal into the inbox,
// takes the inbox's entries, fetches the orders' current state from Shopify in batches
// (nodes(ids:)), and imports each in its own transaction that also finishes its inbox
// entry (DESIGN.md, steps 2-4). A fetch that fails transiently leaves the entries in place
// and is tried again after a pause; nothing accepted is dropped (R28).
#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "host_api/host_context.hpp"
#include "plugin/shopify/graphql_client.hpp"
#include "plugin/shopify/pause.hpp"
#include "plugin/sync/inbox.hpp"
#include "plugin/sync/initial_import.hpp"
#include "plugin/sync/intake_journal.hpp"
#include "plugin/sync/order_importer.hpp"
#include "plugin/sync/reconciler.hpp"
#include "plugin/sync/store_registry.hpp"
#include "plugin/sync/webhook_subscriptions.hpp"

namespace shopify::sync {

struct SyncCounters {
    std::uint64_t imported = 0;
    std::uint64_t failed = 0;
    GraphqlStats api;
};

class SyncWorker {
public:
    SyncWorker(host_api::HostContext& host, StoreRegistry& stores, IntakeJournal& journal);
    ~SyncWorker();

    void start();
    void stop();  // returns once the worker thread has ended
    void wake();
    // The store was removed: its webhook subscriptions are deleted from this thread, where
    // possible, and its client dropped.
    void retire(const StoreSettings& store);
    SyncCounters counters() const;

private:
    void run();
    bool wait_for_work(std::chrono::milliseconds limit);
    // The journal's records into the inbox; false when there were none or it failed.
    bool move_intake();
    // Imports one batch of the store's inbox; false when there was nothing or it failed.
    bool work_on(const StoreSettings& store);
    bool guarded_work_on(const StoreSettings& store);
    // Imports marked pending by `stores retry` go back into the inbox.
    void queue_retries(const StoreSettings& store);
    // The retries above and the deliveries kept pending, once their interval has passed.
    void retry_when_due(const StoreSettings& store);
    // Lists the store's changed orders into the inbox once its interval has passed.
    void reconcile_when_due(const StoreSettings& store);
    // The initial import's next step, until it is done.
    void advance_initial_import(const StoreSettings& store);
    // At connect and every other reconciliation round: the shop's currency and plan, the
    // webhook subscriptions.
    void upkeep_when_due(const StoreSettings& store);
    void retire_removed_stores();
    void import_nodes(const StoreSettings& store, const std::vector<InboxEntry>& batch, const GraphqlAnswer& answer);
    void import_one(const StoreSettings& store, const InboxEntry& entry, const rapidjson::Value& node, bool withheld);
    bool read_all_lines(const StoreSettings& store, const InboxEntry& entry, Order& order);
    GraphqlClient& client_for(const StoreSettings& store);

    host_api::HostContext& host_;
    StoreRegistry& stores_;
    IntakeJournal& journal_;
    Inbox inbox_;
    OrderImporter importer_;
    Reconciler reconciler_;
    InitialImport initial_import_;
    WebhookSubscriptions subscriptions_;
    Pause pause_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool woken_ = false;
    bool stopping_ = false;
    std::map<host_api::ConnectionId, std::pair<std::string, std::unique_ptr<GraphqlClient>>> clients_;
    std::map<host_api::ConnectionId, std::chrono::steady_clock::time_point> resting_until_;
    std::map<host_api::ConnectionId, std::chrono::steady_clock::time_point> reconcile_due_;
    std::map<host_api::ConnectionId, std::chrono::steady_clock::time_point> upkeep_due_;
    std::map<host_api::ConnectionId, std::chrono::steady_clock::time_point> retries_due_;
    std::vector<StoreSettings> retired_;  // guarded by mutex_
    std::atomic<std::uint64_t> imported_{0};
    std::atomic<std::uint64_t> failed_{0};
    std::thread thread_;
};

}  // namespace shopify::sync
