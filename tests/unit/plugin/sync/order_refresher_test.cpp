// Manual refresh within the 10-minute rule (R6, R9), against the real host store.
#include <catch2/catch.hpp>

#include "plugin/sync/order_refresher.hpp"
#include "tests/unit/plugin/plugin_host_fixture.hpp"

using shopify::sync::Inbox;
using shopify::sync::OrderRefresher;
using shopify::sync::StoreRegistry;

namespace {

constexpr host_api::EmployeeId k_owner = 1;
constexpr host_api::EmployeeId k_manager = 2;

shopify::StoreSettings kyiv_honey() {
    shopify::StoreSettings store;
    store.connection_id = 7;
    store.name = "Kyiv Honey";
    store.domain = "kyiv-honey.myshopify.com";
    return store;
}

struct RefreshFixture {
    RefreshFixture() { stores.put(kyiv_honey()); }

    host_api::OrderId synced_order(const std::string& external_id) {
        host_api::NewOrder order;
        order.order_type_id = host.online_order_type();
        order.origin = host_api::OrderOrigin{"Kyiv Honey", external_id,
                                             "https://kyiv-honey.myshopify.com/admin/orders/" + external_id,
                                             host_api::now(), host_api::now()};
        order.total = host_api::Money{10000, "UAH"};
        auto id = host.store().orders().create_order(order);
        REQUIRE(id);
        return *id;
    }

    std::vector<host_api::RefreshOutcome> refresh(const std::vector<host_api::OrderId>& orders,
                                                  host_api::EmployeeId employee) {
        OrderRefresher refresher(host.context(), stores, [this] { ++wakes; });
        auto outcomes = refresher.refresh(orders, employee);
        REQUIRE(outcomes);
        REQUIRE(outcomes->size() == orders.size());
        return *outcomes;
    }

    std::size_t inbox_size() {
        Inbox inbox(host.context().state);
        auto size = inbox.size(7);
        REQUIRE(size);
        return *size;
    }

    test_support::PluginHostFixture host;
    StoreRegistry stores;
    int wakes = 0;
};

}  // namespace

TEST_CASE("R6 R9 an order is refreshed, then refused for 10 minutes with the wait said") {
    RefreshFixture f;
    const auto order = f.synced_order("5901");
    const auto first = f.refresh({order}, k_owner);
    CHECK(first[0].refreshed);
    CHECK(f.inbox_size() == 1);
    CHECK(f.wakes == 1);
    const auto again = f.refresh({order}, k_manager);  // whoever asks
    CHECK_FALSE(again[0].refreshed);
    CHECK(again[0].retry_after_seconds > 590);
    CHECK(again[0].retry_after_seconds <= 600);
    CHECK(again[0].message.find("refreshed less than 10 minutes ago; try again in ") != std::string::npos);
}

TEST_CASE("R6 Update orders on a selection is refused for the same employee and store within 10 minutes") {
    RefreshFixture f;
    const auto a = f.synced_order("5901");
    const auto b = f.synced_order("5902");
    const auto c = f.synced_order("5903");
    const auto first = f.refresh({a, b}, k_owner);
    CHECK(first[0].refreshed);
    CHECK(first[1].refreshed);
    // The same employee, other orders of the same store: the selection limit.
    const auto second = f.refresh({c, f.synced_order("5904")}, k_owner);
    for (const auto& outcome : second) {
        CHECK_FALSE(outcome.refreshed);
        CHECK(outcome.message.find("Update orders was used for Kyiv Honey less than 10 minutes ago") !=
              std::string::npos);
    }
    // Another employee may, for the orders not refreshed yet.
    const auto other = f.refresh({b, c}, k_manager);
    CHECK_FALSE(other[0].refreshed);  // b: its own 10 minutes
    CHECK(other[1].refreshed);
}

TEST_CASE("R9 the 10-minute rule holds across a restart: the times are in the host's store") {
    RefreshFixture f;
    const auto order = f.synced_order("5901");
    REQUIRE(f.refresh({order}, k_owner)[0].refreshed);
    // A new refresher (as after a restart) reads the same plugin state.
    StoreRegistry fresh_registry;
    fresh_registry.put(kyiv_honey());
    OrderRefresher restarted(f.host.context(), fresh_registry, [] {});
    auto outcomes = restarted.refresh({order}, k_owner);
    REQUIRE(outcomes);
    CHECK_FALSE((*outcomes)[0].refreshed);
    CHECK((*outcomes)[0].retry_after_seconds > 0);
}

TEST_CASE("R6 an order made in the host, an unknown one and one of a removed store are not refreshed, with reasons") {
    RefreshFixture f;
    host_api::NewOrder local;
    local.number = "A-17";
    local.order_type_id = f.host.online_order_type();
    local.total = host_api::Money{500, "UAH"};
    auto made_here = f.host.store().orders().create_order(local);
    REQUIRE(made_here);
    const auto synced = f.synced_order("5901");
    f.stores.remove(7);
    const auto outcomes = f.refresh({*made_here, 999999, synced}, k_owner);
    CHECK(outcomes[0].message == "order A-17 was created in the host: there is nothing to refresh");
    CHECK(outcomes[1].message == "no order 999999");
    CHECK(outcomes[2].message.find("the store Kyiv Honey of order") != std::string::npos);
    for (const auto& outcome : outcomes) CHECK_FALSE(outcome.refreshed);
    CHECK(f.inbox_size() == 0);
    CHECK(f.wakes == 0);
}

TEST_CASE("wait_text says minutes and seconds") {
    CHECK(shopify::sync::wait_text(std::chrono::seconds(545)) == "9 min 5 s");
    CHECK(shopify::sync::wait_text(std::chrono::seconds(600)) == "10 min");
    CHECK(shopify::sync::wait_text(std::chrono::seconds(42)) == "42 s");
}
