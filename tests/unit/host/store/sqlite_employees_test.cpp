#include <catch2/catch.hpp>

#include "tests/unit/host/store/store_fixture.hpp"

using store_test::value_of;

TEST_CASE("R7 has_right tells who may work with synchronized orders", "[employees]") {
    store_test::StoreFixture f;
    auto& employees = f.store.employees();
    const auto manager = value_of(employees.find_by_login("manager"))->id;
    const auto cashier = value_of(employees.find_by_login("cashier"))->id;
    CHECK(value_of(employees.has_right(manager, host_api::k_right_add_without_write_off)));
    CHECK_FALSE(value_of(employees.has_right(manager, "manage_settings")));
    CHECK_FALSE(value_of(employees.has_right(cashier, host_api::k_right_add_without_write_off)));
    CHECK_FALSE(value_of(employees.has_right(999, host_api::k_right_add_without_write_off)));
}

TEST_CASE("an employee reads back by id with login, name and rights", "[employees]") {
    store_test::StoreFixture f;
    const auto all = value_of(f.store.employees().all_employees());
    REQUIRE(all.size() == 3);
    const auto owner = value_of(f.store.employees().employee(all[0].id));
    REQUIRE(owner);
    CHECK(owner->login == "owner");
    CHECK(owner->name == "Owner");
    CHECK(owner->rights.size() == 2);
    CHECK_FALSE(value_of(f.store.employees().employee(999)).has_value());
    CHECK_FALSE(value_of(f.store.employees().find_by_login("nobody")).has_value());
}
