// The inbox of orders to fetch, against the real host store: a backlog is taken a few at a
// time, in key order, one connection's entries apart from another's.
#include <catch2/catch.hpp>

#include "plugin/sync/inbox.hpp"
#include "tests/unit/plugin/plugin_host_fixture.hpp"

using shopify::sync::Inbox;

namespace {

std::vector<std::string> order_ids(const std::vector<shopify::sync::InboxEntry>& entries) {
    std::vector<std::string> ids;
    for (const auto& entry : entries) ids.push_back(entry.order_id);
    return ids;
}

}  // namespace

TEST_CASE("R11 the inbox gives the first few of a backlog in key order, only of the asked connection") {
    test_support::PluginHostFixture host;
    Inbox inbox(host.context().state);
    for (const char* order : {"5004", "5001", "5003", "5005", "5002"}) REQUIRE(inbox.add(7, order, "orders/updated"));
    REQUIRE(inbox.add(8, "4000", "retry"));
    REQUIRE(inbox.add(70, "1000", "retry"));  // its prefix "inbox/70/" is not "inbox/7/"

    const auto first = inbox.pending(7, 2);
    REQUIRE(first);
    CHECK(order_ids(*first) == std::vector<std::string>{"5001", "5002"});
    CHECK((*first)[0].reason == "orders/updated");
    CHECK((*first)[0].connection == 7);

    const auto all = inbox.pending(7, 100);
    REQUIRE(all);
    CHECK(order_ids(*all) == std::vector<std::string>{"5001", "5002", "5003", "5004", "5005"});
    CHECK(*inbox.size(7) == 5);

    // Finished entries leave the front: the next few come after them.
    REQUIRE(inbox.finish((*first)[0]));
    REQUIRE(inbox.finish((*first)[1]));
    const auto next = inbox.pending(7, 2);
    REQUIRE(next);
    CHECK(order_ids(*next) == std::vector<std::string>{"5003", "5004"});
    CHECK(order_ids(*inbox.pending(8, 2)) == std::vector<std::string>{"4000"});
    CHECK(inbox.pending(9, 2)->empty());
}
