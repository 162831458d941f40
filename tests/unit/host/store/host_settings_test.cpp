#include <catch2/catch.hpp>

#include "tests/unit/host/store/store_fixture.hpp"

using store_test::require_ok;
using store_test::value_of;

TEST_CASE("R3 the host currency can be changed to another ISO 4217 code only", "[host_settings]") {
    store_test::StoreFixture f;
    require_ok(f.store.settings().set_currency("USD"));
    CHECK(value_of(f.store.settings().currency()) == "USD");
    CHECK_FALSE(f.store.settings().set_currency("usd").ok());
    CHECK_FALSE(f.store.settings().set_currency("HRYVNIA").ok());
    CHECK(value_of(f.store.settings().currency()) == "USD");
}

TEST_CASE("typed getters give their defaults for keys never set", "[host_settings]") {
    store_test::StoreFixture f;
    {
        std::lock_guard lock(f.store.database().mutex());
        f.store.database().execute("DELETE FROM host_settings");
    }
    CHECK(value_of(f.store.settings().currency()) == "UAH");
    CHECK(value_of(f.store.settings().public_url()).empty());
    CHECK_FALSE(value_of(f.store.settings().get("anything")).has_value());
}

TEST_CASE("the public URL and any other key read back as written", "[host_settings]") {
    store_test::StoreFixture f;
    require_ok(f.store.settings().set_public_url("https://crm.example.com"));
    require_ok(f.store.settings().set("theme", "dark"));
    CHECK(value_of(f.store.settings().public_url()) == "https://crm.example.com");
    CHECK(value_of(f.store.settings().get("theme")) == std::optional<std::string>("dark"));
}
