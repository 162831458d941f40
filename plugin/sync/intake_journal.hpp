#pragma once
// The inbox's front: each order delivery the webhook route accepts is first one record
// under "intake/<sequence>", in the order of arrival, and the sync worker moves records
// into the inbox entries and the webhook ids' marks, many in one transaction.
//
// Why: the 200 waits for the commit that holds the delivery (DESIGN.md, step 1). Written
// straight to the inbox, a delivery changes two keys that fall anywhere in the key order
// (its order id, its webhook id), so a group of 8 rewrote some 20 pages and its commit
// took twice as long as one of 8 neighbouring journal records, which share a page or two
// (for 16, three and a half times). The journal is in the same database as the inbox, so
// the move is one transaction: a record is in the journal or in the inbox, never both,
// never neither, whatever stops the host.
//
// Until its record is moved, a delivery's webhook id is known from memory: seen() answers
// from that and from the marks, so a repeat is recognised either way.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_set>
#include <vector>

#include <spdlog/logger.h>

#include "host_api/ids.hpp"
#include "host_api/plugin_state.hpp"
#include "host_api/result.hpp"
#include "host_api/transactions.hpp"
#include "plugin/sync/inbox.hpp"

namespace shopify::sync {

struct JournalRecord {
    host_api::ConnectionId connection = 0;
    std::string webhook_id;
    std::string topic;
    std::string order_id;
    bool older_than_imported = false;  // its webhook id is marked, nothing goes to the inbox
};

class IntakeJournal {
public:
    // Reads the records a stop or a crash left unmoved, so their webhook ids count as seen.
    static host_api::Result<std::unique_ptr<IntakeJournal>> open(host_api::PluginState& state,
                                                                 std::shared_ptr<spdlog::logger> logger);

    // Whether a delivery with this webhook id was accepted before, moved or not.
    host_api::Result<bool> seen(const std::string& webhook_id);
    // Writes the record in the caller's transaction; its webhook id counts as seen from
    // then on. A caller whose transaction does not commit calls forget() for it.
    // One thread appends at a time (the group commit's).
    host_api::Result<void> append(const JournalRecord& record);
    void forget(const std::string& webhook_id);

    // Moves up to `limit` records, oldest first, into the inbox and the marks, in one
    // transaction; answers how many.
    host_api::Result<std::size_t> move_to_inbox(host_api::Transactions& transactions, std::size_t limit);

private:
    IntakeJournal(host_api::PluginState& state, std::shared_ptr<spdlog::logger> logger)
        : state_(state), inbox_(state), logger_(std::move(logger)) {}

    host_api::Result<void> move_one(const std::string& key, const std::string& value,
                                    std::vector<std::string>& moved_ids);

    host_api::PluginState& state_;
    Inbox inbox_;
    std::shared_ptr<spdlog::logger> logger_;
    std::uint64_t next_sequence_ = 1;  // the appending thread's alone
    std::mutex mutex_;
    std::unordered_set<std::string> unmoved_ids_;  // guarded by mutex_
};

}  // namespace shopify::sync
