#include <catch2/catch.hpp>

#include "shipping_adapters/nova_poshta/ttn_number.hpp"
#include "tests/unit/shipping_adapters/delivery_samples.hpp"

using namespace adapters::nova_poshta;

TEST_CASE("R12 a TTN the shop named is the waybill number, spaces and dashes dropped") {
    auto delivery = adapter_test::nova_poshta(" 20 4000 4879-9000 ");
    CHECK(ttn_of(delivery) == "20400048799000");
}

TEST_CASE("R12 without a named TTN, the first fulfillment tracking number that looks like one is taken") {
    auto delivery = adapter_test::nova_poshta();
    delivery.tracking_numbers = {"1Z2345", "RR123456785UA", "59000777777777", "20400048799000"};
    CHECK(ttn_of(delivery) == "59000777777777");
}

TEST_CASE("R12 no TTN known yet gives an empty number") {
    auto delivery = adapter_test::nova_poshta();
    delivery.tracking_numbers = {"1Z2345", "12345678901234"};
    CHECK(ttn_of(delivery).empty());
}

TEST_CASE("R12 a TTN looks like 14 digits starting 20 or 59") {
    CHECK(looks_like_ttn("20400048799000"));
    CHECK(looks_like_ttn("59000777777777"));
    CHECK_FALSE(looks_like_ttn("2040004879900"));
    CHECK_FALSE(looks_like_ttn("10400048799000"));
    CHECK_FALSE(looks_like_ttn("20400048799OOO"));
}

TEST_CASE("R13 only numbers the tracking API accepts are tracked") {
    CHECK(is_trackable_ttn("20400048799000"));
    CHECK(is_trackable_ttn("5900077777"));
    CHECK_FALSE(is_trackable_ttn("445"));
    CHECK_FALSE(is_trackable_ttn("TTN-1"));
    CHECK_FALSE(is_trackable_ttn(""));
    CHECK(clean_ttn("TTN 1") == "TTN 1");
}
