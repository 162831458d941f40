// The webhook route's group commit, against the real host store: a delivery is committed
// (in the inbox's journal) before its outcome is told, deliveries arriving together share
// one transaction, none is lost or doubled under concurrent load, and what is queued when
// it ends is still written; moved into the inbox, each is one entry.
#include <atomic>
#include <chrono>
#include <future>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "plugin/sync/inbox_group_commit.hpp"
#include "tests/unit/plugin/plugin_host_fixture.hpp"

using shopify::sync::DeliveryOutcome;
using shopify::sync::Inbox;
using shopify::sync::InboxGroupCommit;
using shopify::sync::IntakeJournal;
using shopify::sync::OrderDelivery;

namespace {

constexpr host_api::ConnectionId k_connection = 7;

OrderDelivery delivery(const std::string& webhook_id, const std::string& order_id) {
    return OrderDelivery{k_connection, webhook_id, "orders/updated", order_id, std::nullopt};
}

std::unique_ptr<IntakeJournal> open_journal(test_support::PluginHostFixture& host) {
    auto journal = IntakeJournal::open(host.context().state, host.context().logger);
    REQUIRE(journal);
    return std::move(*journal);
}

// Moves every record of the journal into the inbox, as the sync worker does.
void move_all(test_support::PluginHostFixture& host, IntakeJournal& journal) {
    for (;;) {
        auto moved = journal.move_to_inbox(host.context().transactions, 100);
        REQUIRE(moved);
        if (*moved == 0) return;
    }
}

// Queues the delivery and waits for its outcome, as a webhook request waits for its answer.
DeliveryOutcome write_and_wait(InboxGroupCommit& group, const OrderDelivery& delivery) {
    std::promise<DeliveryOutcome> outcome;
    auto told = outcome.get_future();
    group.write(delivery, [&](const OrderDelivery&, DeliveryOutcome result) { outcome.set_value(result); });
    return told.get();
}

// The host's own transactions, with their begin() calls counted: the group commit begins
// one transaction per group, so groups = begins. The first begin() is slow, so the
// deliveries sent meanwhile queue for the next group.
class CountedTransactions final : public host_api::Transactions {
public:
    explicit CountedTransactions(host_api::Transactions& real) : real_(real) {}

    host_api::Result<std::unique_ptr<host_api::UnitOfWork>> begin() override {
        if (begins_++ == 0) std::this_thread::sleep_for(std::chrono::milliseconds(300));
        return real_.begin();
    }
    int begins() const { return begins_.load(); }

private:
    host_api::Transactions& real_;
    std::atomic<int> begins_{0};
};

// What another process would find on disk: a second connection sees committed rows only.
std::optional<std::string> committed_value(const test_support::PluginHostFixture& host, const std::string& key) {
    auto other = host::store::HostStore::open(host.data_dir());
    REQUIRE(other);
    auto value = (*other)->plugin_state("shopify")->get(key);
    REQUIRE(value);
    return *value;
}

// Whether a journal record of the webhook id is on disk, for the committing thread: no
// assertions there.
bool journal_committed(const test_support::PluginHostFixture& host, const std::string& webhook_id) {
    auto other = host::store::HostStore::open(host.data_dir());
    if (!other) return false;
    auto records = (*other)->plugin_state("shopify")->entries("intake/");
    if (!records) return false;
    for (const auto& [key, value] : *records)
        if (value.size() > webhook_id.size() &&
            value.compare(value.size() - webhook_id.size() - 1, std::string::npos, "|" + webhook_id) == 0)
            return true;
    return false;
}

}  // namespace

TEST_CASE("R11 a delivery is committed before the group commit tells it accepted, and a repeat is dropped") {
    test_support::PluginHostFixture host;
    auto journal = open_journal(host);
    InboxGroupCommit group(host.context().transactions, host.context().state, *journal);
    // Looked at from the committing thread, at the moment the outcome is told.
    std::promise<std::pair<DeliveryOutcome, bool>> told;
    group.write(delivery("w-1", "5001"), [&](const OrderDelivery& written, DeliveryOutcome outcome) {
        told.set_value({outcome, written.order_id == "5001" && journal_committed(host, "w-1")});
    });
    const auto [outcome, on_disk] = told.get_future().get();
    REQUIRE(outcome == DeliveryOutcome::accepted);
    CHECK(on_disk);
    // The same webhook id again, before and after its record is moved: a repeat both times.
    CHECK(write_and_wait(group, delivery("w-1", "5001")) == DeliveryOutcome::already_received);
    move_all(host, *journal);
    CHECK(committed_value(host, "webhook/w-1").has_value());
    CHECK(committed_value(host, "inbox/7/5001").has_value());
    CHECK(write_and_wait(group, delivery("w-1", "5001")) == DeliveryOutcome::already_received);
    move_all(host, *journal);
    Inbox inbox(host.context().state);
    CHECK(*inbox.size(k_connection) == 1);
}

TEST_CASE("R11 deliveries arriving together share a transaction and none is lost or doubled") {
    test_support::PluginHostFixture host;
    CountedTransactions transactions(host.context().transactions);
    auto journal = open_journal(host);
    InboxGroupCommit group(transactions, host.context().state, *journal);
    constexpr int k_threads = 16;
    constexpr int k_each = 40;
    std::atomic<int> accepted{0};
    std::atomic<int> repeats{0};
    // The worker moves records into the inbox meanwhile: a repeat is caught whether its
    // first delivery's record still waits in the journal or was moved.
    std::atomic<bool> sending{true};
    std::thread mover([&] {
        while (sending) {
            (void)journal->move_to_inbox(host.context().transactions, 16);
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    });
    std::vector<std::thread> senders;
    for (int t = 0; t < k_threads; ++t) {
        senders.emplace_back([&, t] {
            for (int i = 0; i < k_each; ++i) {
                const auto n = std::to_string(t * k_each + i);
                // Every delivery is sent twice, as Shopify does after a timeout.
                for (int copy = 0; copy < 2; ++copy) {
                    const auto outcome = write_and_wait(group, delivery("w-" + n, n));
                    if (outcome == DeliveryOutcome::accepted) ++accepted;
                    if (outcome == DeliveryOutcome::already_received) ++repeats;
                }
            }
        });
    }
    for (auto& sender : senders) sender.join();
    sending = false;
    mover.join();
    constexpr int k_deliveries = k_threads * k_each;
    CHECK(accepted == k_deliveries);
    CHECK(repeats == k_deliveries);
    CHECK(transactions.begins() < 2 * k_deliveries);  // fewer transactions than deliveries
    move_all(host, *journal);
    Inbox inbox(host.context().state);
    CHECK(*inbox.size(k_connection) == k_deliveries);
    CHECK(committed_value(host, "inbox/7/" + std::to_string(k_deliveries - 1)).has_value());
}

TEST_CASE("R11 deliveries queued when the group commit ends are still committed and told") {
    test_support::PluginHostFixture host;
    CountedTransactions transactions(host.context().transactions);  // its first begin() is slow
    std::atomic<int> accepted{0};
    constexpr int k_deliveries = 50;
    auto journal = open_journal(host);
    {
        InboxGroupCommit group(transactions, host.context().state, *journal);
        for (int i = 0; i < k_deliveries; ++i) {
            const auto n = std::to_string(i);
            group.write(delivery("w-" + n, n), [&](const OrderDelivery&, DeliveryOutcome outcome) {
                if (outcome == DeliveryOutcome::accepted) ++accepted;
            });
        }
    }
    CHECK(accepted == k_deliveries);
    move_all(host, *journal);
    Inbox inbox(host.context().state);
    CHECK(*inbox.size(k_connection) == k_deliveries);
}

TEST_CASE("R27 a delivery for an order whose memory cannot be read is accepted into the inbox, not a crash") {
    test_support::PluginHostFixture host;
    REQUIRE(host.context().state.put("order/7/5001", "2026-11-27T10:00:00Z|not a number|6601:1"));
    auto journal = open_journal(host);
    InboxGroupCommit group(host.context().transactions, host.context().state, *journal);
    // Its updated_at is older than the one the memory names: with the memory unread, it is
    // not dropped as older, so the order is fetched again and its memory written anew.
    auto older = delivery("w-1", "5001");
    older.updated_at = host_api::parse_iso8601("2026-11-27T09:00:00Z");
    CHECK(write_and_wait(group, older) == DeliveryOutcome::accepted);
    CHECK(journal_committed(host, "w-1"));
    move_all(host, *journal);
    CHECK(committed_value(host, "inbox/7/5001").has_value());
}
