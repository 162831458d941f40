#include <catch2/catch.hpp>

#include "host/store/order_listing.hpp"
#include "tests/unit/host/store/store_fixture.hpp"

using host::store::OrderSource;
using store_test::value_of;

namespace {

std::vector<host_api::OrderId> ids(const std::vector<host_api::Order>& orders) {
    std::vector<host_api::OrderId> result;
    for (const auto& order : orders) result.push_back(order.id);
    return result;
}

}  // namespace

TEST_CASE("R4 the orders list filters host orders, integration orders, or shows all", "[order_listing]") {
    store_test::StoreFixture f;
    const auto shop = f.create_shop_order("1001");
    host_api::NewOrder own;
    own.order_type_id = f.online_order_type();
    const auto host_made = value_of(f.store.orders().create_order(own));
    auto lviv_order = f.shop_order("2002");
    lviv_order.origin->store = "Lviv Shop";
    const auto lviv = value_of(f.store.orders().create_order(lviv_order));

    auto& listing = f.store.order_listing();
    CHECK(ids(value_of(listing.list(OrderSource::all))) == std::vector<host_api::OrderId>{shop, host_made, lviv});
    CHECK(ids(value_of(listing.list(OrderSource::host))) == std::vector<host_api::OrderId>{host_made});
    CHECK(ids(value_of(listing.list(OrderSource::integrations))) == std::vector<host_api::OrderId>{shop, lviv});
    CHECK(ids(value_of(listing.list(OrderSource::integrations, "Lviv Shop"))) == std::vector<host_api::OrderId>{lviv});
}

TEST_CASE("listed orders carry their items", "[order_listing]") {
    store_test::StoreFixture f;
    const auto order = f.create_shop_order("1001");
    value_of(f.store.orders().add_item(f.item_of(order, 3)));
    const auto listed = value_of(f.store.order_listing().list());
    REQUIRE(listed.size() == 1);
    REQUIRE(listed[0].items.size() == 1);
    CHECK(listed[0].items[0].quantity == 3);
}
