// The inbox's journal, against the real host store: a webhook id counts as seen while its
// record waits, after the move and after a restart; records move oldest first, a few per
// transaction, into one inbox entry per order; a move that does not commit moves nothing.
#include <catch2/catch.hpp>

#include "plugin/sync/intake_journal.hpp"
#include "tests/unit/plugin/plugin_host_fixture.hpp"

using shopify::sync::Inbox;
using shopify::sync::IntakeJournal;
using shopify::sync::JournalRecord;

namespace {

constexpr host_api::ConnectionId k_journal_connection = 7;

std::unique_ptr<IntakeJournal> reopened_journal(test_support::PluginHostFixture& host) {
    auto journal = IntakeJournal::open(host.context().state, host.context().logger);
    REQUIRE(journal);
    return std::move(*journal);
}

JournalRecord record_of(const std::string& webhook_id, const std::string& order_id, bool older = false) {
    return JournalRecord{k_journal_connection, webhook_id, "orders/updated", order_id, older};
}

// Appends in a transaction of its own, as one group commit does.
void append_committed(test_support::PluginHostFixture& host, IntakeJournal& journal,
                      const std::vector<JournalRecord>& records) {
    auto unit = host.context().transactions.begin();
    REQUIRE(unit);
    for (const auto& one : records) REQUIRE(journal.append(one));
    REQUIRE((*unit)->commit());
}

bool was_seen(IntakeJournal& journal, const std::string& webhook_id) {
    auto answer = journal.seen(webhook_id);
    REQUIRE(answer);
    return *answer;
}

std::size_t journal_records(host_api::PluginState& state) {
    auto records = state.entries("intake/");
    REQUIRE(records);
    return records->size();
}

// Its commit fails: what was written in it is rolled back.
class FailingCommits final : public host_api::Transactions {
public:
    explicit FailingCommits(host_api::Transactions& real) : real_(real) {}

    host_api::Result<std::unique_ptr<host_api::UnitOfWork>> begin() override {
        auto unit = real_.begin();
        if (!unit) return unit.error();
        return std::unique_ptr<host_api::UnitOfWork>(new Unit(std::move(*unit)));
    }

private:
    class Unit final : public host_api::UnitOfWork {
    public:
        explicit Unit(std::unique_ptr<host_api::UnitOfWork> real) : real_(std::move(real)) {}
        host_api::Result<void> commit() override { return host_api::transient_error("the disk is full"); }

    private:
        std::unique_ptr<host_api::UnitOfWork> real_;  // destroyed uncommitted: rolled back
    };
    host_api::Transactions& real_;
};

}  // namespace

TEST_CASE("R11 a webhook id is seen while its record waits, once it is moved, and after a restart") {
    test_support::PluginHostFixture host;
    auto& state = host.context().state;
    auto journal = reopened_journal(host);
    CHECK_FALSE(was_seen(*journal, "w-1"));
    append_committed(host, *journal, {record_of("w-1", "5001")});
    CHECK(was_seen(*journal, "w-1"));
    CHECK_FALSE(was_seen(*journal, "w-2"));

    // A restart before the move: the new journal reads the waiting record.
    auto restarted = reopened_journal(host);
    CHECK(was_seen(*restarted, "w-1"));
    auto moved = restarted->move_to_inbox(host.context().transactions, 10);
    REQUIRE(moved);
    CHECK(*moved == 1);
    CHECK(journal_records(state) == 0);
    CHECK(was_seen(*restarted, "w-1"));  // by its mark now
    CHECK(state.get("webhook/w-1")->has_value());
    Inbox inbox(state);
    auto entries = inbox.pending(k_journal_connection, 10);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    CHECK((*entries)[0].order_id == "5001");
    CHECK((*entries)[0].reason == "orders/updated");

    // Appending after a restart goes on after the records left there, never over them.
    append_committed(host, *restarted, {record_of("w-2", "5002")});
    auto again = reopened_journal(host);
    append_committed(host, *again, {record_of("w-3", "5003")});
    CHECK(journal_records(state) == 2);
}

TEST_CASE("R11 R28 records move oldest first, a limited few per transaction, one inbox entry per order") {
    test_support::PluginHostFixture host;
    auto& state = host.context().state;
    auto journal = reopened_journal(host);
    append_committed(host, *journal,
                     {record_of("w-1", "5001"), record_of("w-2", "5002"), record_of("w-3", "5001"),
                      record_of("w-4", "5003", true)});  // w-4: older than the imported state
    auto first = journal->move_to_inbox(host.context().transactions, 2);
    REQUIRE(first);
    CHECK(*first == 2);
    CHECK(journal_records(state) == 2);
    CHECK(state.get("webhook/w-2")->has_value());
    CHECK_FALSE(state.get("webhook/w-3")->has_value());  // still waiting, still seen
    CHECK(was_seen(*journal, "w-3"));
    auto rest = journal->move_to_inbox(host.context().transactions, 10);
    REQUIRE(rest);
    CHECK(*rest == 2);
    CHECK(*journal->move_to_inbox(host.context().transactions, 10) == 0);
    Inbox inbox(state);
    CHECK(*inbox.size(k_journal_connection) == 2);  // 5001 twice is one entry; 5003 is not fetched
    CHECK(state.get("webhook/w-4")->has_value());
    CHECK_FALSE(state.get("inbox/7/5003")->has_value());
}

TEST_CASE("R28 a move that does not commit leaves every record in the journal, its ids still seen") {
    test_support::PluginHostFixture host;
    auto& state = host.context().state;
    auto journal = reopened_journal(host);
    append_committed(host, *journal, {record_of("w-1", "5001"), record_of("w-2", "5002")});
    FailingCommits failing(host.context().transactions);
    CHECK_FALSE(journal->move_to_inbox(failing, 10));
    CHECK(journal_records(state) == 2);
    CHECK_FALSE(state.get("webhook/w-1")->has_value());
    CHECK(was_seen(*journal, "w-1"));
    CHECK(*Inbox(state).size(k_journal_connection) == 0);
    CHECK(*journal->move_to_inbox(host.context().transactions, 10) == 2);
    CHECK(*Inbox(state).size(k_journal_connection) == 2);
}

TEST_CASE("R27 a journal record that cannot be read is dropped with a log line, and the ones behind it move") {
    test_support::PluginHostFixture host;
    auto& state = host.context().state;
    REQUIRE(state.put("intake/00000000000000000001", "not a record"));
    auto journal = reopened_journal(host);
    append_committed(host, *journal, {record_of("w-2", "5002")});
    CHECK(*journal->move_to_inbox(host.context().transactions, 10) == 1);
    CHECK(journal_records(state) == 0);
    CHECK(state.get("inbox/7/5002")->has_value());
}
