#include <catch2/catch.hpp>

#include "shipping_adapters/generic/generic_adapter.hpp"
#include "tests/unit/shipping_adapters/adapter_host_fixture.hpp"
#include "tests/unit/shipping_adapters/delivery_samples.hpp"

using adapter_test::AdapterHost;
using adapter_test::value_of;

namespace {

struct Started {
    AdapterHost host{"generic"};
    adapters::generic::GenericAdapter adapter;
    Started() { REQUIRE(adapter.start(host.context())); }
    ~Started() { adapter.stop(); }
};

}  // namespace

TEST_CASE("R15 a delivery by another carrier becomes one comment on the order, authored Delivery") {
    Started s;
    const auto order = s.host.new_order("1001");
    REQUIRE(s.adapter.apply(s.host.target(order), adapter_test::ukrposhta(), std::nullopt));
    const auto comments = s.host.comments(order);
    REQUIRE(comments.size() == 1);
    CHECK(comments[0].author == "Delivery");
    CHECK(comments[0].text ==
          "Delivery: Укрпошта, 70.00 UAH. Recipient: Олена Коваленко, +380671234567, вул. Січових Стрільців, 3, "
          "Львів, 79000, Ukraine");
    CHECK(s.host.waybills(order).empty());
}

TEST_CASE("R15 an unchanged delivery writes nothing") {
    Started s;
    const auto order = s.host.new_order("1001");
    const auto delivery = adapter_test::ukrposhta();
    REQUIRE(s.adapter.apply(s.host.target(order), delivery, std::nullopt));
    REQUIRE(s.adapter.apply(s.host.target(order), delivery, delivery));
    CHECK(s.host.comments(order).size() == 1);
}

TEST_CASE("R15 an import retried without its previous delivery does not repeat the comment") {
    Started s;
    const auto order = s.host.new_order("1001");
    REQUIRE(s.adapter.apply(s.host.target(order), adapter_test::ukrposhta(), std::nullopt));
    REQUIRE(s.adapter.apply(s.host.target(order), adapter_test::ukrposhta(), std::nullopt));
    CHECK(s.host.comments(order).size() == 1);
}

TEST_CASE("R15 a changed delivery adds a new comment with the new data, and the old comment stays") {
    Started s;
    const auto order = s.host.new_order("1001");
    const auto before = adapter_test::ukrposhta();
    auto after = before;
    after.recipient.address = "просп. Свободи, 28";
    after.cost = {9000, "UAH"};
    REQUIRE(s.adapter.apply(s.host.target(order), before, std::nullopt));
    REQUIRE(s.adapter.apply(s.host.target(order), after, before));
    const auto comments = s.host.comments(order);
    REQUIRE(comments.size() == 2);
    CHECK(comments[0].text.find("вул. Січових Стрільців, 3") != std::string::npos);
    CHECK(comments[1].text ==
          "Delivery changed: Укрпошта, 90.00 UAH. Recipient: Олена Коваленко, +380671234567, просп. Свободи, 28, "
          "Львів, 79000, Ukraine");
}

TEST_CASE("R15 a change the comment does not show (the shipping line code) adds no comment") {
    Started s;
    const auto order = s.host.new_order("1001");
    const auto before = adapter_test::ukrposhta();
    auto after = before;
    after.method_code = "ukrposhta-express";
    REQUIRE(s.adapter.apply(s.host.target(order), before, std::nullopt));
    REQUIRE(s.adapter.apply(s.host.target(order), after, before));
    CHECK(s.host.comments(order).size() == 1);
}

TEST_CASE("R16 a carrier change away keeps the old comments and says once that they are history") {
    Started s;
    const auto order = s.host.new_order("1001");
    const auto delivery = adapter_test::ukrposhta();
    REQUIRE(s.adapter.apply(s.host.target(order), delivery, std::nullopt));
    REQUIRE(s.adapter.withdraw(s.host.target(order), delivery));
    REQUIRE(s.adapter.withdraw(s.host.target(order), delivery));  // retried: no second line
    const auto comments = s.host.comments(order);
    REQUIRE(comments.size() == 2);
    CHECK(comments[0].text.rfind("Delivery: Укрпошта", 0) == 0);
    CHECK(comments[1].text.rfind("Delivery changed from Укрпошта", 0) == 0);
}

TEST_CASE("R16 a carrier that comes back after a change is commented again") {
    Started s;
    const auto order = s.host.new_order("1001");
    const auto delivery = adapter_test::ukrposhta();
    REQUIRE(s.adapter.apply(s.host.target(order), delivery, std::nullopt));
    REQUIRE(s.adapter.withdraw(s.host.target(order), delivery));
    REQUIRE(s.adapter.apply(s.host.target(order), delivery, std::nullopt));
    CHECK(s.host.comments(order).size() == 3);
}

TEST_CASE("R15 a delivery for an order the host does not have is an error, not a throw") {
    Started s;
    const auto applied = s.adapter.apply(s.host.target(987654), adapter_test::ukrposhta(), std::nullopt);
    CHECK_FALSE(applied.ok());
}
