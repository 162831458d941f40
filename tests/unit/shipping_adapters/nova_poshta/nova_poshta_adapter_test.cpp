#include <catch2/catch.hpp>

#include "tests/unit/shipping_adapters/delivery_samples.hpp"
#include "tests/unit/shipping_adapters/nova_poshta/nova_poshta_host.hpp"

using adapter_test::NovaPoshtaHost;
using adapter_test::value_of;

TEST_CASE("R12 a Nova Poshta delivery with a TTN becomes one waybill with all the delivery data") {
    NovaPoshtaHost np;
    const auto order = np.host.new_order("1001");
    REQUIRE(np.adapter.apply(np.host.target(order), adapter_test::nova_poshta("20400048799000"), std::nullopt));
    const auto waybill = np.waybill(order);
    CHECK(waybill.order_id == order);
    CHECK(waybill.carrier == "Nova Poshta");
    CHECK(waybill.number == "20400048799000");
    CHECK(waybill.recipient_name == "Олена Коваленко");
    CHECK(waybill.recipient_phone == "+380671234567");
    CHECK(waybill.city == "Київ");
    CHECK(waybill.branch == "Відділення №1: вул. Пирогівський шлях, 135");
    CHECK(waybill.cost == host_api::Money{8000, "UAH"});
    CHECK(waybill.status.empty());
    CHECK(waybill.tracking_open);
    CHECK(np.host.comments(order).empty());
}

TEST_CASE("R12 with the host's integration enabled the waybill holds the sender") {
    NovaPoshtaHost np(true);
    const auto order = np.host.new_order("1001");
    REQUIRE(np.adapter.apply(np.host.target(order), adapter_test::nova_poshta("20400048799000"), std::nullopt));
    const auto waybill = np.waybill(order);
    CHECK(waybill.sender_name == "ФОП Петренко Іван");
    CHECK(waybill.sender_phone == "+380501112233");
    CHECK(waybill.sender_city == "Львів");
    CHECK(waybill.sender_branch == "Відділення №2: вул. Городоцька, 11");
}

TEST_CASE("R14 with the host's integration disabled the waybill holds everything but the sender, untracked") {
    NovaPoshtaHost np(false);
    const auto order = np.host.new_order("1001");
    REQUIRE(np.adapter.apply(np.host.target(order), adapter_test::nova_poshta("20400048799000"), std::nullopt));
    const auto waybill = np.waybill(order);
    CHECK(waybill.number == "20400048799000");
    CHECK(waybill.recipient_name == "Олена Коваленко");
    CHECK(waybill.city == "Київ");
    CHECK(waybill.branch == "Відділення №1: вул. Пирогівський шлях, 135");
    CHECK(waybill.sender_name.empty());
    CHECK(waybill.sender_phone.empty());
    CHECK(waybill.sender_city.empty());
    CHECK(waybill.sender_branch.empty());
    CHECK_FALSE(waybill.tracking_open);
}

TEST_CASE("R12 without a TTN the waybill is written with an empty number and not tracked") {
    NovaPoshtaHost np;
    const auto order = np.host.new_order("1001");
    REQUIRE(np.adapter.apply(np.host.target(order), adapter_test::nova_poshta(), std::nullopt));
    const auto waybill = np.waybill(order);
    CHECK(waybill.number.empty());
    CHECK_FALSE(waybill.tracking_open);
    CHECK(value_of(np.host.store().waybills().open_waybills("Nova Poshta")).empty());
}

TEST_CASE("R12 a TTN arriving later with a fulfillment fills the same waybill") {
    NovaPoshtaHost np;
    const auto order = np.host.new_order("1001");
    const auto before = adapter_test::nova_poshta();
    auto after = before;
    after.tracking_numbers = {"59000777777777"};
    after.tracking_companies = {"Nova Poshta"};
    REQUIRE(np.adapter.apply(np.host.target(order), before, std::nullopt));
    const auto id = np.waybill(order).id;
    REQUIRE(np.adapter.apply(np.host.target(order), after, before));
    const auto waybill = np.waybill(order);
    CHECK(waybill.id == id);
    CHECK(waybill.number == "59000777777777");
    CHECK(waybill.tracking_open);
}

TEST_CASE("R12 an update that no longer carries the TTN keeps it") {
    NovaPoshtaHost np;
    const auto order = np.host.new_order("1001");
    const auto with_ttn = adapter_test::nova_poshta("20400048799000");
    auto without = with_ttn;
    without.np_ttn.clear();
    without.recipient.name = "Олена Коваленко-Шевчук";
    REQUIRE(np.adapter.apply(np.host.target(order), with_ttn, std::nullopt));
    REQUIRE(np.adapter.apply(np.host.target(order), without, with_ttn));
    const auto waybill = np.waybill(order);
    CHECK(waybill.number == "20400048799000");
    CHECK(waybill.recipient_name == "Олена Коваленко-Шевчук");
}

TEST_CASE("R12 an unchanged delivery writes nothing") {
    NovaPoshtaHost np;
    const auto order = np.host.new_order("1001");
    const auto delivery = adapter_test::nova_poshta("20400048799000");
    REQUIRE(np.adapter.apply(np.host.target(order), delivery, std::nullopt));
    const auto written = np.rows_written();
    REQUIRE(np.adapter.apply(np.host.target(order), delivery, delivery));
    // Nor a retried import that lost its previous delivery: the waybill already says it.
    REQUIRE(np.adapter.apply(np.host.target(order), delivery, std::nullopt));
    CHECK(np.rows_written() == written);
    CHECK(np.host.waybills(order).size() == 1);
}

TEST_CASE("R12 without a branch (delivery to the door) the address is where it goes") {
    NovaPoshtaHost np;
    const auto order = np.host.new_order("1001");
    auto delivery = adapter_test::nova_poshta();
    delivery.np_city.clear();
    delivery.np_branch.clear();
    REQUIRE(np.adapter.apply(np.host.target(order), delivery, std::nullopt));
    const auto waybill = np.waybill(order);
    CHECK(waybill.city == "Київ");
    CHECK(waybill.branch == "вул. Хрещатик, 22");
}

TEST_CASE("R16 a carrier change away from Nova Poshta marks the waybill Deleted and stops its tracking") {
    NovaPoshtaHost np;
    const auto order = np.host.new_order("1001");
    const auto delivery = adapter_test::nova_poshta("20400048799000");
    REQUIRE(np.adapter.apply(np.host.target(order), delivery, std::nullopt));
    REQUIRE(np.adapter.withdraw(np.host.target(order), delivery));
    const auto waybill = np.waybill(order);
    CHECK(waybill.status == "Deleted");
    CHECK(waybill.status_code.empty());
    CHECK_FALSE(waybill.tracking_open);
    CHECK(waybill.number == "20400048799000");
    CHECK(value_of(np.host.store().waybills().status_history(waybill.id)).back().status == "Deleted");
    CHECK(value_of(np.host.store().waybills().open_waybills("Nova Poshta")).empty());
}

TEST_CASE("R16 back to Nova Poshta after a change: a new waybill, the Deleted one stays") {
    NovaPoshtaHost np;
    const auto order = np.host.new_order("1001");
    const auto first = adapter_test::nova_poshta("20400048799000");
    const auto second = adapter_test::nova_poshta("20400048799001");
    REQUIRE(np.adapter.apply(np.host.target(order), first, std::nullopt));
    REQUIRE(np.adapter.withdraw(np.host.target(order), first));
    REQUIRE(np.adapter.apply(np.host.target(order), second, std::nullopt));
    REQUIRE(np.adapter.apply(np.host.target(order), second, second));
    const auto waybills = np.host.waybills(order);
    REQUIRE(waybills.size() == 2);
    CHECK(waybills[0].status == "Deleted");
    CHECK(waybills[1].number == "20400048799001");
    CHECK(waybills[1].status.empty());
    CHECK(waybills[1].tracking_open);
}

TEST_CASE("R16 withdrawing an order without a waybill changes nothing") {
    NovaPoshtaHost np;
    const auto order = np.host.new_order("1001");
    REQUIRE(np.adapter.withdraw(np.host.target(order), adapter_test::nova_poshta()));
    CHECK(np.host.waybills(order).empty());
}

TEST_CASE("R12 a delivery for an order the host does not have is an error, not a throw") {
    NovaPoshtaHost np;
    CHECK_FALSE(np.adapter.apply(np.host.target(424242), adapter_test::nova_poshta(), std::nullopt).ok());
}
