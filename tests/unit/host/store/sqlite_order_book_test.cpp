#include <catch2/catch.hpp>

#include "tests/unit/host/store/store_fixture.hpp"

using store_test::require_ok;
using store_test::value_of;

namespace {

host_api::StatusId status_named(store_test::StoreFixture& f, const std::string& name) {
    const auto types = value_of(f.store.orders().order_types());
    for (const auto& status : types.front().statuses)
        if (status.name == name) return status.id;
    FAIL("no status " << name);
    return 0;
}

}  // namespace

TEST_CASE("R8 a new order starts in the initial status of its order type", "[order_book]") {
    store_test::StoreFixture f;
    const auto id = f.create_shop_order("1001");
    const auto order = value_of(f.store.orders().find_order(id));
    REQUIRE(order);
    CHECK(order->status_id == status_named(f, "New"));
}

TEST_CASE("R9 R10 an order reads back with every field it was created with", "[order_book]") {
    store_test::StoreFixture f;
    const auto client = value_of(f.store.contacts().create_contact({0, "Olena", "Koval", "+380671234567", "", ""}));
    auto created = f.shop_order("5312000000001");
    created.client_id = client;
    const auto id = value_of(f.store.orders().create_order(created));

    const auto order = value_of(f.store.orders().find_order(id));
    REQUIRE(order);
    CHECK(order->id == id);
    CHECK(order->number == "#5312000000001");
    CHECK(order->order_type_id == created.order_type_id);
    CHECK(order->client_id == std::optional<host_api::ContactId>(client));
    CHECK(order->total == host_api::Money{19950, "UAH"});
    CHECK(order->created_at == created.created_at);
    REQUIRE(order->origin);
    CHECK(order->origin->store == "Kyiv Shop");
    CHECK(order->origin->external_id == "5312000000001");
    CHECK(order->origin->external_url == "https://kyiv.myshopify.com/admin/orders/5312000000001");
    CHECK(order->origin->created_external == created.origin->created_external);
    CHECK(order->origin->last_synced == created.origin->last_synced);
    CHECK(order->items.empty());
}

TEST_CASE("an order made in the host has no origin and no client", "[order_book]") {
    store_test::StoreFixture f;
    host_api::NewOrder created;
    created.order_type_id = f.online_order_type();
    created.total = {500, "UAH"};
    const auto before = host_api::now();
    const auto id = value_of(f.store.orders().create_order(created));
    const auto order = value_of(f.store.orders().find_order(id));
    REQUIRE(order);
    CHECK_FALSE(order->origin.has_value());
    CHECK_FALSE(order->client_id.has_value());
    CHECK(order->created_at >= before);  // an unset creation time means now
}

TEST_CASE("an empty number gets the host's next number, a plain increasing integer", "[order_book]") {
    store_test::StoreFixture f;
    host_api::NewOrder created;
    created.order_type_id = f.online_order_type();
    std::vector<std::string> numbers;
    for (int i = 0; i < 3; ++i) {
        const auto id = value_of(f.store.orders().create_order(created));
        numbers.push_back(value_of(f.store.orders().find_order(id))->number);
    }
    CHECK(numbers == std::vector<std::string>{"1", "2", "3"});
    f.create_shop_order("1001");  // a given number does not take a host number
    CHECK(value_of(f.store.orders().find_order(value_of(f.store.orders().create_order(created))))->number == "4");
}

TEST_CASE("R11 a second order with the same store and external id is refused as an error", "[order_book]") {
    store_test::StoreFixture f;
    const auto first = f.create_shop_order("1001");
    const auto second = f.store.orders().create_order(f.shop_order("1001"));
    REQUIRE_FALSE(second.ok());
    CHECK_FALSE(second.error().transient);
    CHECK_THAT(second.error().message, Catch::Contains("Kyiv Shop") && Catch::Contains("1001"));
    CHECK(value_of(f.store.order_listing().list()).size() == 1);
    CHECK(value_of(f.store.orders().find_by_origin("Kyiv Shop", "1001"))->id == first);
}

TEST_CASE("R2 the same external id in two stores gives two orders", "[order_book]") {
    store_test::StoreFixture f;
    f.create_shop_order("1001");
    auto other_store = f.shop_order("1001");
    other_store.origin->store = "Lviv Shop";
    value_of(f.store.orders().create_order(other_store));
    CHECK(value_of(f.store.orders().find_by_origin("Lviv Shop", "1001")).has_value());
    CHECK(value_of(f.store.orders().find_by_origin("Kyiv Shop", "1001")).has_value());
    CHECK_FALSE(value_of(f.store.orders().find_by_origin("Odesa Shop", "1001")).has_value());
}

TEST_CASE("an origin without a store or external id is refused", "[order_book]") {
    store_test::StoreFixture f;
    auto order = f.shop_order("1001");
    order.origin->external_id.clear();
    CHECK_FALSE(f.store.orders().create_order(order).ok());
}

TEST_CASE("an order of an unknown order type is refused with a clear error", "[order_book]") {
    store_test::StoreFixture f;
    auto order = f.shop_order("1001");
    order.order_type_id = 4242;
    const auto created = f.store.orders().create_order(order);
    REQUIRE_FALSE(created.ok());
    CHECK_THAT(created.error().message, Catch::Contains("order type 4242"));
    // Nothing written, and an order without a number takes none from the counter.
    host_api::NewOrder numbered;
    numbered.order_type_id = 4242;
    CHECK_FALSE(f.store.orders().create_order(numbered).ok());
    CHECK(value_of(f.store.order_listing().list()).empty());
    numbered.order_type_id = f.online_order_type();
    CHECK(value_of(f.store.orders().find_order(value_of(f.store.orders().create_order(numbered))))->number == "1");
}

TEST_CASE("R11 update_order writes number, client, total and origin", "[order_book]") {
    store_test::StoreFixture f;
    const auto id = f.create_shop_order("1001");
    auto order = *value_of(f.store.orders().find_order(id));
    const auto client = value_of(f.store.contacts().create_contact({0, "Olena", "", "", "", ""}));
    order.number = "#1001-A";
    order.client_id = client;
    order.total = {25000, "UAH"};
    order.origin->last_synced = host_api::Timestamp{std::chrono::seconds{1800000000}};
    order.origin->external_url = "https://kyiv.myshopify.com/admin/orders/1001?x";
    require_ok(f.store.orders().update_order(order));

    const auto stored = value_of(f.store.orders().find_order(id));
    CHECK(stored->number == "#1001-A");
    CHECK(stored->client_id == std::optional<host_api::ContactId>(client));
    CHECK(stored->total == host_api::Money{25000, "UAH"});
    CHECK(stored->origin->last_synced == order.origin->last_synced);
    CHECK(stored->origin->external_url == order.origin->external_url);
    CHECK(stored->status_id == order.status_id);
}

TEST_CASE("update_order to another order's origin is refused, and an unknown order too", "[order_book]") {
    store_test::StoreFixture f;
    f.create_shop_order("1001");
    auto order = *value_of(f.store.orders().find_order(f.create_shop_order("1002")));
    order.origin->external_id = "1001";
    const auto updated = f.store.orders().update_order(order);
    REQUIRE_FALSE(updated.ok());
    CHECK_THAT(updated.error().message, Catch::Contains("already exists"));

    order.id = 999;
    order.origin->external_id = "1003";
    const auto missing = f.store.orders().update_order(order);
    REQUIRE_FALSE(missing.ok());
    CHECK_THAT(missing.error().message, Catch::Contains("no order 999"));
}

TEST_CASE("R13 set_status moves an order to another status of its type only", "[order_book]") {
    store_test::StoreFixture f;
    const auto id = f.create_shop_order("1001");
    require_ok(f.store.orders().set_status(id, status_named(f, "Shipped")));
    CHECK(value_of(f.store.orders().find_order(id))->status_id == status_named(f, "Shipped"));

    {
        std::lock_guard lock(f.store.database().mutex());
        f.store.database().execute(
            "INSERT INTO order_types (id, name) VALUES (2, 'Repair');"
            "INSERT INTO order_statuses (id, order_type_id, position, name) VALUES (100, 2, 0, 'Accepted')");
    }
    const auto foreign = f.store.orders().set_status(id, 100);
    REQUIRE_FALSE(foreign.ok());
    CHECK_THAT(foreign.error().message, Catch::Contains("not a status"));
    CHECK(value_of(f.store.orders().find_order(id))->status_id == status_named(f, "Shipped"));
    CHECK_FALSE(f.store.orders().set_status(999, status_named(f, "New")).ok());
}

TEST_CASE("R22 items are added without write-off and find_order returns them in order", "[order_book]") {
    store_test::StoreFixture f;
    const auto order = f.create_shop_order("1001");
    host_api::Product product;
    product.name = "Cup";
    const auto product_id = value_of(f.store.catalog().create_product(product));
    auto first = f.item_of(order, 2);
    first.product_id = product_id;
    auto custom = f.item_of(order, 1);
    custom.name = "Gift wrap";
    custom.price = {0, "UAH"};
    const auto first_id = value_of(f.store.orders().add_item(first));
    const auto custom_id = value_of(f.store.orders().add_item(custom));

    const auto items = value_of(f.store.orders().find_order(order))->items;
    REQUIRE(items.size() == 2);
    CHECK(items[0].id == first_id);
    CHECK(items[0].order_id == order);
    CHECK(items[0].product_id == std::optional<host_api::ProductId>(product_id));
    CHECK(items[0].name == "Чашка керамічна");
    CHECK(items[0].article == "CUP-1");
    CHECK(items[0].code == "8072389/4420001");
    CHECK(items[0].quantity == 2);
    CHECK(items[0].price == host_api::Money{9975, "UAH"});
    CHECK_FALSE(items[0].written_off);
    CHECK(items[1].id == custom_id);
    CHECK_FALSE(items[1].product_id.has_value());
    CHECK(items[1].name == "Gift wrap");
}

TEST_CASE("an item of an unknown order is refused", "[order_book]") {
    store_test::StoreFixture f;
    const auto added = f.store.orders().add_item(f.item_of(999, 1));
    REQUIRE_FALSE(added.ok());
    CHECK_THAT(added.error().message, Catch::Contains("no order 999"));
}

TEST_CASE("R23 quantity edits reach an item that is not written off", "[order_book]") {
    store_test::StoreFixture f;
    const auto order = f.create_shop_order("1001");
    auto item = f.item_of(order, 2);
    item.id = value_of(f.store.orders().add_item(item));
    item.quantity = 5;
    item.price = {10000, "UAH"};
    require_ok(f.store.orders().update_item(item));
    const auto stored = value_of(f.store.orders().find_order(order))->items.at(0);
    CHECK(stored.quantity == 5);
    CHECK(stored.price == host_api::Money{10000, "UAH"});
}

TEST_CASE("R23 updating a written-off item is refused with a clear permanent error", "[order_book]") {
    store_test::StoreFixture f;
    const auto order = f.create_shop_order("1001");
    auto item = f.item_of(order, 2);
    item.id = value_of(f.store.orders().add_item(item));
    require_ok(f.store.orders().write_off_item(item.id));
    CHECK(value_of(f.store.orders().find_order(order))->items.at(0).written_off);

    item.quantity = 7;
    const auto updated = f.store.orders().update_item(item);
    REQUIRE_FALSE(updated.ok());
    CHECK_FALSE(updated.error().transient);
    CHECK_THAT(updated.error().message, Catch::Contains("written off"));
    CHECK(value_of(f.store.orders().find_order(order))->items.at(0).quantity == 2);
}

TEST_CASE("write-off and update of an unknown item are errors", "[order_book]") {
    store_test::StoreFixture f;
    CHECK_FALSE(f.store.orders().write_off_item(999).ok());
    auto item = f.item_of(f.create_shop_order("1001"), 1);
    item.id = 999;
    CHECK_FALSE(f.store.orders().update_item(item).ok());
}
