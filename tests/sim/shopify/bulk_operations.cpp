#include "tests/sim/shopify/bulk_operations.hpp"

#include <spdlog/spdlog.h>

namespace sim::shopify {
namespace {

constexpr std::string_view k_gid_prefix = "gid://shopify/BulkOperation/";

std::optional<std::uint64_t> number_of(std::string_view id) {
    if (id.substr(0, k_gid_prefix.size()) != k_gid_prefix) return std::nullopt;
    const auto digits = id.substr(k_gid_prefix.size());
    if (digits.empty() || digits.size() > 18) return std::nullopt;
    std::uint64_t number = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        number = number * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return number;
}

}  // namespace

const char* bulk_status_name(BulkStatus status) {
    switch (status) {
        case BulkStatus::created:
            return "CREATED";
        case BulkStatus::running:
            return "RUNNING";
        case BulkStatus::completed:
            return "COMPLETED";
        case BulkStatus::failed:
            return "FAILED";
    }
    return "FAILED";
}

BulkOperations::BulkOperations(TakeSnapshot take_snapshot, ResultUrl result_url, SimStats& stats)
    : take_snapshot_(std::move(take_snapshot)),
      result_url_(std::move(result_url)),
      stats_(stats),
      clock_([this] { run_clock(); }) {}

BulkOperations::~BulkOperations() { stop(); }

void BulkOperations::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (clock_.joinable()) clock_.join();
}

std::variant<BulkOperation, BulkRefusal> BulkOperations::start(const OrderSearch& search) {
    std::unique_lock lock(mutex_);
    int running = 0;
    std::string running_id;
    for (const auto& [number, entry] : entries_) {
        if (entry.operation.status != BulkStatus::running) continue;
        ++running;
        running_id = entry.operation.id;
    }
    if (running >= settings_.max_running) return BulkRefusal{running_id};

    Entry entry{BulkOperation{}, search, std::chrono::steady_clock::now() + settings_.duration, settings_.fail_next,
                ""};
    settings_.fail_next.clear();
    entry.operation.number = ++last_number_;
    entry.operation.id = std::string(k_gid_prefix) + std::to_string(entry.operation.number);
    const auto answered = entry.operation;  // CREATED, as the mutation answers
    entry.operation.status = BulkStatus::running;
    entries_.emplace(entry.operation.number, std::move(entry));
    ++stats_.bulk_operations;
    lock.unlock();
    wake_.notify_all();
    return answered;
}

std::optional<BulkOperation> BulkOperations::find(std::string_view id) const {
    const auto number = number_of(id);
    std::lock_guard lock(mutex_);
    const auto found = number ? entries_.find(*number) : entries_.end();
    if (found == entries_.end()) return std::nullopt;
    return found->second.operation;
}

std::optional<std::string> BulkOperations::result(std::uint64_t number) const {
    std::lock_guard lock(mutex_);
    const auto found = entries_.find(number);
    if (found == entries_.end() || found->second.operation.status != BulkStatus::completed) return std::nullopt;
    return found->second.jsonl;
}

BulkSettings BulkOperations::update(const std::function<void(BulkSettings&)>& change) {
    std::lock_guard lock(mutex_);
    change(settings_);
    if (settings_.duration.count() < 0) settings_.duration = std::chrono::milliseconds(0);
    if (settings_.max_running < 1) settings_.max_running = 1;
    return settings_;
}

BulkSettings BulkOperations::settings() const {
    std::lock_guard lock(mutex_);
    return settings_;
}

BulkOperations::Entry* BulkOperations::next_due() {
    Entry* next = nullptr;
    for (auto& [number, entry] : entries_)
        if (entry.operation.status == BulkStatus::running && (next == nullptr || entry.due < next->due)) next = &entry;
    return next;
}

void BulkOperations::run_clock() {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        Entry* next = next_due();
        if (next == nullptr) {
            wake_.wait(lock);
        } else if (std::chrono::steady_clock::now() < next->due) {
            wake_.wait_until(lock, next->due);
        } else {
            finish(lock, *next);
        }
    }
}

// The snapshot is taken without the lock, so polls are answered meanwhile; entries are
// never erased, so `entry` stays valid.
void BulkOperations::finish(std::unique_lock<std::mutex>& lock, Entry& entry) {
    const auto number = entry.operation.number;
    if (!entry.fail_with.empty()) {
        entry.operation.status = BulkStatus::failed;
        entry.operation.error_code = entry.fail_with;
        spdlog::debug("shopify-sim bulk operation {} failed ({})", number, entry.fail_with);
        return;
    }
    const auto search = entry.search;
    lock.unlock();
    auto snapshot = take_snapshot_(search);
    // Nothing matched: Shopify completes the operation without a file (url null).
    auto url = snapshot.object_count > 0 ? result_url_(number) : std::string();
    lock.lock();
    entry.jsonl = std::move(snapshot.jsonl);
    entry.operation.object_count = snapshot.object_count;
    entry.operation.root_object_count = snapshot.root_object_count;
    entry.operation.url = std::move(url);
    entry.operation.status = BulkStatus::completed;
    spdlog::debug("shopify-sim bulk operation {} completed: {} objects", number, entry.operation.object_count);
}

}  // namespace sim::shopify
