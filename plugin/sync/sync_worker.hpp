#pragma once
// Takes the inbox's entries, fetches the orders' current state from Shopify in batches
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
#include "plugin/sync/order_importer.hpp"
#include "plugin/sync/store_registry.hpp"

namespace shopify::sync {

struct SyncCounters {
    std::uint64_t imported = 0;
    std::uint64_t failed = 0;
    GraphqlStats api;
};

class SyncWorker {
public:
    SyncWorker(host_api::HostContext& host, StoreRegistry& stores);
    ~SyncWorker();

    void start();
    void stop();  // returns once the worker thread has ended
    void wake();
    SyncCounters counters() const;

private:
    void run();
    bool wait_for_work(std::chrono::milliseconds limit);
    // Imports one batch of the store's inbox; false when there was nothing or it failed.
    bool work_on(const StoreSettings& store);
    bool guarded_work_on(const StoreSettings& store);
    // Imports marked pending by `stores retry` go back into the inbox.
    void queue_retries(const StoreSettings& store);
    void import_nodes(const StoreSettings& store, const std::vector<InboxEntry>& batch, const GraphqlAnswer& answer);
    void import_one(const StoreSettings& store, const InboxEntry& entry, const rapidjson::Value& node, bool withheld);
    GraphqlClient& client_for(const StoreSettings& store);

    host_api::HostContext& host_;
    StoreRegistry& stores_;
    Inbox inbox_;
    OrderImporter importer_;
    Pause pause_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool woken_ = false;
    bool stopping_ = false;
    std::map<host_api::ConnectionId, std::pair<std::string, std::unique_ptr<GraphqlClient>>> clients_;
    std::map<host_api::ConnectionId, std::chrono::steady_clock::time_point> resting_until_;
    std::atomic<std::uint64_t> imported_{0};
    std::atomic<std::uint64_t> failed_{0};
    std::thread thread_;
};

}  // namespace shopify::sync
