#include "plugin/sync/intake_journal.hpp"

#include <charconv>
#include <cstdio>
#include <optional>
#include <string_view>

namespace shopify::sync {
namespace {

constexpr std::string_view k_prefix = "intake/";

// Zero-padded, so that the keys' byte order is the order of arrival.
std::string record_key(std::uint64_t sequence) {
    char digits[24];
    std::snprintf(digits, sizeof digits, "%020llu", static_cast<unsigned long long>(sequence));
    return std::string(k_prefix) + digits;
}

std::optional<std::uint64_t> sequence_of(const std::string& key) {
    if (key.size() <= k_prefix.size()) return std::nullopt;
    std::uint64_t sequence = 0;
    const char* last = key.data() + key.size();
    const auto [end, error] = std::from_chars(key.data() + k_prefix.size(), last, sequence);
    if (error != std::errc() || end != last) return std::nullopt;
    return sequence;
}

// "<connection>|<n: new, o: older than imported>|<topic>|<order id>|<webhook id>": the
// webhook id last, so that whatever it holds cannot shift the fields before it.
std::string record_value(const JournalRecord& record) {
    return std::to_string(record.connection) + (record.older_than_imported ? "|o|" : "|n|") + record.topic + "|" +
           record.order_id + "|" + record.webhook_id;
}

std::optional<JournalRecord> parse_record(const std::string& value) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (int i = 0; i < 4; ++i) {
        const auto bar = value.find('|', start);
        if (bar == std::string::npos) return std::nullopt;
        fields.push_back(value.substr(start, bar - start));
        start = bar + 1;
    }
    JournalRecord record;
    const auto& connection = fields[0];
    const auto [end, error] =
        std::from_chars(connection.data(), connection.data() + connection.size(), record.connection);
    if (error != std::errc() || end != connection.data() + connection.size()) return std::nullopt;
    if (fields[1] != "n" && fields[1] != "o") return std::nullopt;
    record.older_than_imported = fields[1] == "o";
    record.topic = fields[2];
    record.order_id = fields[3];
    record.webhook_id = value.substr(start);
    if (record.order_id.empty() || record.webhook_id.empty()) return std::nullopt;
    return record;
}

}  // namespace

host_api::Result<std::unique_ptr<IntakeJournal>> IntakeJournal::open(host_api::PluginState& state,
                                                                     std::shared_ptr<spdlog::logger> logger) {
    std::unique_ptr<IntakeJournal> journal(new IntakeJournal(state, std::move(logger)));
    auto records = state.entries(std::string(k_prefix));
    if (!records) return records.error();
    for (const auto& [key, value] : *records) {
        if (const auto sequence = sequence_of(key)) journal->next_sequence_ = *sequence + 1;
        if (const auto record = parse_record(value)) journal->unmoved_ids_.insert(record->webhook_id);
    }
    return journal;
}

host_api::Result<bool> IntakeJournal::seen(const std::string& webhook_id) {
    {
        std::lock_guard lock(mutex_);
        if (unmoved_ids_.count(webhook_id) > 0) return true;
    }
    return inbox_.seen(webhook_id);
}

host_api::Result<void> IntakeJournal::append(const JournalRecord& record) {
    if (auto written = state_.put(record_key(next_sequence_), record_value(record)); !written) return written;
    ++next_sequence_;
    std::lock_guard lock(mutex_);
    unmoved_ids_.insert(record.webhook_id);
    return host_api::success();
}

void IntakeJournal::forget(const std::string& webhook_id) {
    std::lock_guard lock(mutex_);
    unmoved_ids_.erase(webhook_id);
}

// The ids leave memory only once their marks are committed: a seen() in between finds
// the id in one place or the other.
host_api::Result<std::size_t> IntakeJournal::move_to_inbox(host_api::Transactions& transactions, std::size_t limit) {
    std::vector<std::string> moved_ids;
    {
        auto unit = transactions.begin();
        if (!unit) return unit.error();
        auto records = state_.entries(std::string(k_prefix), limit);
        if (!records) return records.error();
        if (records->empty()) return std::size_t{0};
        for (const auto& [key, value] : *records) {
            if (auto moved = move_one(key, value, moved_ids); !moved) return moved.error();
        }
        if (auto committed = (*unit)->commit(); !committed) return committed.error();
    }
    std::lock_guard lock(mutex_);
    for (const auto& id : moved_ids) unmoved_ids_.erase(id);
    return moved_ids.size();
}

host_api::Result<void> IntakeJournal::move_one(const std::string& key, const std::string& value,
                                               std::vector<std::string>& moved_ids) {
    const auto record = parse_record(value);
    if (!record) {
        // Only this plugin writes these records; one it cannot read would block every
        // record behind it, so it is dropped with its text in the log.
        logger_->error("intake record {} cannot be read and is dropped: {}", key, value);
        return state_.erase(key);
    }
    if (auto marked = inbox_.mark_seen(record->webhook_id); !marked) return marked;
    if (!record->older_than_imported) {
        if (auto added = inbox_.add(record->connection, record->order_id, record->topic); !added) return added;
    }
    if (auto erased = state_.erase(key); !erased) return erased;
    moved_ids.push_back(record->webhook_id);
    return host_api::success();
}

}  // namespace shopify::sync
