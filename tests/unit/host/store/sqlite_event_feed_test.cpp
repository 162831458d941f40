#include <catch2/catch.hpp>

#include "tests/unit/host/store/store_fixture.hpp"

using store_test::value_of;

TEST_CASE("R15 feed comments read back per order, oldest first, stamped now", "[event_feed]") {
    store_test::StoreFixture f;
    const auto order = f.create_shop_order("1001");
    const auto other = f.create_shop_order("1002");
    const auto before = host_api::now();
    const auto first = value_of(f.store.feed().add_comment(order, "Shopify", "Доставка: Укрпошта, 60.00 UAH"));
    const auto second = value_of(f.store.feed().add_comment(order, "Shopify", "Delivery changed"));
    value_of(f.store.feed().add_comment(other, "Nova Poshta", "elsewhere"));

    const auto comments = value_of(f.store.feed().comments(order));
    REQUIRE(comments.size() == 2);
    CHECK(comments[0].id == first);
    CHECK(comments[0].order_id == order);
    CHECK(comments[0].author == "Shopify");
    CHECK(comments[0].text == "Доставка: Укрпошта, 60.00 UAH");
    CHECK(comments[0].created_at >= before);
    CHECK(comments[0].created_at <= host_api::now());
    CHECK(comments[1].id == second);
    CHECK(comments[1].text == "Delivery changed");
    CHECK(value_of(f.store.feed().all_comments()).size() == 3);
}

TEST_CASE("a comment on an unknown order is refused", "[event_feed]") {
    store_test::StoreFixture f;
    const auto added = f.store.feed().add_comment(999, "Shopify", "x");
    REQUIRE_FALSE(added.ok());
    CHECK_THAT(added.error().message, Catch::Contains("no order 999"));
}
