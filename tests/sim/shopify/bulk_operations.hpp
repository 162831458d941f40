#pragma once
// The shop's bulk query operations ("Perform bulk operations with the GraphQL Admin API",
// shopify.dev): started by bulkOperationRunQuery, RUNNING for a while (settable; Shopify
// takes minutes), then COMPLETED with the JSONL of the orders that matched at that moment,
// or FAILED with an errorCode when a test asked for it. Only a set number run at once.
// A clock thread of its own finishes them, so polling sees them change. Thread-safe.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <variant>

#include "tests/sim/shopify/order_search.hpp"
#include "tests/sim/shopify/sim_stats.hpp"

namespace sim::shopify {

enum class BulkStatus { created, running, completed, failed };
const char* bulk_status_name(BulkStatus status);  // "CREATED", "RUNNING", "COMPLETED", "FAILED"

// The JSONL of a finished operation and what it counted.
struct BulkSnapshot {
    std::string jsonl;
    std::uint64_t object_count = 0;       // every line
    std::uint64_t root_object_count = 0;  // lines without __parentId
};

struct BulkOperation {
    std::uint64_t number = 0;
    std::string id;  // "gid://shopify/BulkOperation/<number>"
    BulkStatus status = BulkStatus::created;
    std::string error_code;  // FAILED: "INTERNAL_SERVER_ERROR", "TIMEOUT" or "ACCESS_DENIED"
    std::uint64_t object_count = 0;
    std::uint64_t root_object_count = 0;
    std::string url;  // COMPLETED with objects: where the JSONL is served
};

struct BulkSettings {
    std::chrono::milliseconds duration{300};  // from start to COMPLETED or FAILED
    std::string fail_next;                    // the errorCode the next operation fails with; "" none
    // Shopify runs one bulk query per app and shop (up to five from API 2026-01, "Bulk
    // operations" guide); one by default, so an app's handling of the refusal is tested.
    int max_running = 1;
};

// bulkOperationRunQuery while the limit is running: the id of one that runs.
struct BulkRefusal {
    std::string running_id;
};

class BulkOperations {
public:
    using TakeSnapshot = std::function<BulkSnapshot(const OrderSearch& search)>;
    using ResultUrl = std::function<std::string(std::uint64_t number)>;

    BulkOperations(TakeSnapshot take_snapshot, ResultUrl result_url, SimStats& stats);
    ~BulkOperations();
    BulkOperations(const BulkOperations&) = delete;
    BulkOperations& operator=(const BulkOperations&) = delete;

    // The new operation as bulkOperationRunQuery answers it (CREATED), or the refusal.
    std::variant<BulkOperation, BulkRefusal> start(const OrderSearch& search);
    std::optional<BulkOperation> find(std::string_view id) const;
    // The JSONL of a COMPLETED operation.
    std::optional<std::string> result(std::uint64_t number) const;

    BulkSettings update(const std::function<void(BulkSettings&)>& change);
    BulkSettings settings() const;
    // Ends the clock; operations still running stay RUNNING. Idempotent.
    void stop();

private:
    struct Entry {
        BulkOperation operation;
        OrderSearch search;
        std::chrono::steady_clock::time_point due;
        std::string fail_with;
        std::string jsonl;
    };

    void run_clock();
    Entry* next_due();
    void finish(std::unique_lock<std::mutex>& lock, Entry& entry);

    TakeSnapshot take_snapshot_;
    ResultUrl result_url_;
    SimStats& stats_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    BulkSettings settings_;
    std::map<std::uint64_t, Entry> entries_;
    std::uint64_t last_number_ = 0;
    bool stopping_ = false;
    std::thread clock_;  // last: it uses everything above
};

}  // namespace sim::shopify
