#include <catch2/catch.hpp>

#include "tests/unit/host/store/store_fixture.hpp"

using store_test::require_ok;
using store_test::value_of;

TEST_CASE("R1 a store connection reads back with its plugin, settings and state", "[store_connections]") {
    store_test::StoreFixture f;
    const auto before = host_api::now();
    const std::string settings = R"({"name":"Kyiv Shop","domain":"kyiv.myshopify.com","token":"shpat_x"})";
    const auto id = value_of(f.store.connections().add("shopify", settings));
    const auto stored = value_of(f.store.connections().find(id));
    REQUIRE(stored);
    CHECK(stored->id == id);
    CHECK(stored->plugin_id == "shopify");
    CHECK(stored->settings_json == settings);
    CHECK(stored->connected);
    CHECK(stored->created_at >= before);
    CHECK(stored->updated_at == stored->created_at);
    const auto connection = stored->connection();
    CHECK(connection.id == id);
    CHECK(connection.settings_json == settings);
    CHECK(connection.connected);
}

TEST_CASE("R2 several connections list per plugin, by id", "[store_connections]") {
    store_test::StoreFixture f;
    const auto kyiv = value_of(f.store.connections().add("shopify", "{}"));
    value_of(f.store.connections().add("other", "{}"));
    const auto lviv = value_of(f.store.connections().add("shopify", "{}", false));
    const auto shopify = value_of(f.store.connections().list("shopify"));
    REQUIRE(shopify.size() == 2);
    CHECK(shopify[0].id == kyiv);
    CHECK(shopify[1].id == lviv);
    CHECK_FALSE(shopify[1].connected);
    CHECK(value_of(f.store.connections().list("")).size() == 3);
}

TEST_CASE("a connection's settings and state change, and it can be removed", "[store_connections]") {
    store_test::StoreFixture f;
    const auto id = value_of(f.store.connections().add("shopify", "{}"));
    require_ok(f.store.connections().update_settings(id, R"({"name":"New"})"));
    require_ok(f.store.connections().set_connected(id, false));
    const auto stored = value_of(f.store.connections().find(id));
    CHECK(stored->settings_json == R"({"name":"New"})");
    CHECK_FALSE(stored->connected);
    require_ok(f.store.connections().remove(id));
    CHECK_FALSE(value_of(f.store.connections().find(id)).has_value());
}

TEST_CASE("changing an unknown connection is an error naming it", "[store_connections]") {
    store_test::StoreFixture f;
    const auto updated = f.store.connections().update_settings(77, "{}");
    REQUIRE_FALSE(updated.ok());
    CHECK_THAT(updated.error().message, Catch::Contains("no store connection 77"));
    CHECK_FALSE(f.store.connections().set_connected(77, true).ok());
    CHECK_FALSE(f.store.connections().remove(77).ok());
}
