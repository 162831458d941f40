#include <catch2/catch.hpp>

#include "tests/unit/host/store/store_fixture.hpp"

using store_test::require_ok;
using store_test::value_of;

namespace {

host_api::Waybill ttn(host_api::OrderId order) {
    host_api::Waybill waybill;
    waybill.order_id = order;
    waybill.number = "20450000000001";
    waybill.carrier = "Nova Poshta";
    waybill.status = "Створено";
    waybill.status_code = "1";
    waybill.recipient_name = "Олена Коваль";
    waybill.recipient_phone = "+380671234567";
    waybill.city = "Київ";
    waybill.branch = "Відділення №1";
    waybill.sender_name = "ФОП Шевченко";
    waybill.sender_phone = "+380501112233";
    waybill.sender_city = "Львів";
    waybill.sender_branch = "Відділення №5";
    waybill.cost = {6000, "UAH"};
    waybill.tracking_open = true;
    return waybill;
}

}  // namespace

TEST_CASE("R12 a waybill reads back with every field, stamped by the store", "[waybills]") {
    store_test::StoreFixture f;
    const auto order = f.create_shop_order("1001");
    const auto before = host_api::now();
    const auto written = ttn(order);
    const auto id = value_of(f.store.waybills().create_waybill(written));

    const auto waybill = value_of(f.store.waybills().waybill(id));
    REQUIRE(waybill);
    CHECK(waybill->id == id);
    CHECK(waybill->order_id == order);
    CHECK(waybill->number == written.number);
    CHECK(waybill->carrier == written.carrier);
    CHECK(waybill->status == written.status);
    CHECK(waybill->status_code == written.status_code);
    CHECK(waybill->recipient_name == written.recipient_name);
    CHECK(waybill->recipient_phone == written.recipient_phone);
    CHECK(waybill->city == written.city);
    CHECK(waybill->branch == written.branch);
    CHECK(waybill->sender_name == written.sender_name);
    CHECK(waybill->sender_phone == written.sender_phone);
    CHECK(waybill->sender_city == written.sender_city);
    CHECK(waybill->sender_branch == written.sender_branch);
    CHECK(waybill->cost == host_api::Money{6000, "UAH"});
    CHECK(waybill->tracking_open);
    CHECK(waybill->created_at >= before);
    CHECK(waybill->updated_at == waybill->created_at);
    CHECK_FALSE(value_of(f.store.waybills().waybill(id + 1)).has_value());
}

TEST_CASE("R13 a waybill created with a status starts its status history", "[waybills]") {
    store_test::StoreFixture f;
    const auto order = f.create_shop_order("1001");
    const auto with_status = value_of(f.store.waybills().create_waybill(ttn(order)));
    auto blank = ttn(order);
    blank.status.clear();
    blank.status_code.clear();
    const auto without = value_of(f.store.waybills().create_waybill(blank));

    const auto history = value_of(f.store.waybills().status_history(with_status));
    REQUIRE(history.size() == 1);
    CHECK(history[0].status_code == "1");
    CHECK(history[0].status == "Створено");
    CHECK(value_of(f.store.waybills().status_history(without)).empty());
}

TEST_CASE("R13 update_waybill adds a history row only when status or status code changed", "[waybills]") {
    store_test::StoreFixture f;
    auto waybill = ttn(f.create_shop_order("1001"));
    waybill.id = value_of(f.store.waybills().create_waybill(waybill));

    waybill.city = "Одеса";  // not a status change
    require_ok(f.store.waybills().update_waybill(waybill));
    CHECK(value_of(f.store.waybills().status_history(waybill.id)).size() == 1);

    waybill.status_code = "9";
    waybill.status = "Відправлення отримано";
    waybill.tracking_open = false;
    require_ok(f.store.waybills().update_waybill(waybill));
    waybill.status = "Отримано";  // only the text: still a change
    require_ok(f.store.waybills().update_waybill(waybill));

    const auto history = value_of(f.store.waybills().status_history(waybill.id));
    REQUIRE(history.size() == 3);
    CHECK(history[1].status_code == "9");
    CHECK(history[1].status == "Відправлення отримано");
    CHECK(history[2].status_code == "9");
    CHECK(history[2].status == "Отримано");

    const auto stored = value_of(f.store.waybills().waybill(waybill.id));
    CHECK(stored->city == "Одеса");
    CHECK(stored->status == "Отримано");
    CHECK_FALSE(stored->tracking_open);
}

TEST_CASE("R16 a waybill can be marked Deleted and stops being tracked", "[waybills]") {
    store_test::StoreFixture f;
    auto waybill = ttn(f.create_shop_order("1001"));
    waybill.id = value_of(f.store.waybills().create_waybill(waybill));
    waybill.status = host_api::k_waybill_status_deleted;
    waybill.tracking_open = false;
    require_ok(f.store.waybills().update_waybill(waybill));
    CHECK(value_of(f.store.waybills().waybill(waybill.id))->status == "Deleted");
    CHECK(value_of(f.store.waybills().open_waybills("Nova Poshta")).empty());
    CHECK(value_of(f.store.waybills().status_history(waybill.id)).back().status == "Deleted");
}

TEST_CASE("waybills of an order and open waybills of a carrier", "[waybills]") {
    store_test::StoreFixture f;
    const auto order = f.create_shop_order("1001");
    const auto other = f.create_shop_order("1002");
    const auto open = value_of(f.store.waybills().create_waybill(ttn(order)));
    auto closed = ttn(order);
    closed.tracking_open = false;
    const auto closed_id = value_of(f.store.waybills().create_waybill(closed));
    auto elsewhere = ttn(other);
    elsewhere.carrier = "Meest";
    value_of(f.store.waybills().create_waybill(elsewhere));

    const auto of_order = value_of(f.store.waybills().waybills_of_order(order));
    REQUIRE(of_order.size() == 2);
    CHECK(of_order[0].id == open);
    CHECK(of_order[1].id == closed_id);
    const auto tracked = value_of(f.store.waybills().open_waybills("Nova Poshta"));
    REQUIRE(tracked.size() == 1);
    CHECK(tracked[0].id == open);
}

TEST_CASE("a waybill of an unknown order, or an update of an unknown waybill, is refused", "[waybills]") {
    store_test::StoreFixture f;
    CHECK_FALSE(f.store.waybills().create_waybill(ttn(999)).ok());
    auto waybill = ttn(f.create_shop_order("1001"));
    waybill.id = 999;
    const auto updated = f.store.waybills().update_waybill(waybill);
    REQUIRE_FALSE(updated.ok());
    CHECK_THAT(updated.error().message, Catch::Contains("no waybill 999"));
}
