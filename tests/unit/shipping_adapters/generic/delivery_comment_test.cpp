#include <catch2/catch.hpp>

#include "shipping_adapters/generic/delivery_comment.hpp"
#include "tests/unit/shipping_adapters/delivery_samples.hpp"

using adapters::generic::delivery_comment;
using adapters::generic::withdrawal_comment;

TEST_CASE("R15 the delivery comment names the carrier, the cost with its currency and the recipient's address") {
    CHECK(delivery_comment(adapter_test::ukrposhta(), false) ==
          "Delivery: Укрпошта, 70.00 UAH. Recipient: Олена Коваленко, +380671234567, вул. Січових Стрільців, 3, "
          "Львів, 79000, Ukraine");
}

TEST_CASE("R15 a changed delivery's comment says it changed") {
    CHECK(delivery_comment(adapter_test::ukrposhta(), true).rfind("Delivery changed: Укрпошта, 70.00 UAH. ", 0) == 0);
}

TEST_CASE("R15 empty parts are left out of the comment and tracking numbers are added") {
    auto delivery = adapter_test::ukrposhta();
    delivery.recipient = {"Jon Doe", "", "", "Ottawa", "", "Canada", "CA"};
    delivery.cost = {1234, ""};
    delivery.tracking_numbers = {"1Z2345", "RR123456785UA"};
    delivery.tracking_companies = {"UPS"};
    CHECK(delivery_comment(delivery, false) ==
          "Delivery: Укрпошта, 12.34. Recipient: Jon Doe, Ottawa, Canada. Tracking: 1Z2345 (UPS), RR123456785UA");
}

TEST_CASE("R15 a delivery without carrier name or recipient still reads as a sentence") {
    host_api::Delivery delivery;
    delivery.cost = {0, "UAH"};
    CHECK(delivery_comment(delivery, false) == "Delivery: carrier not named, 0.00 UAH");
}

TEST_CASE("R16 the withdrawal comment names the carrier that is no longer used") {
    CHECK(withdrawal_comment(adapter_test::ukrposhta()) ==
          "Delivery changed from Укрпошта to another carrier; the delivery comments above are kept for reference");
}
