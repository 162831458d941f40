#include <catch2/catch.hpp>

#include "tests/unit/host/store/store_fixture.hpp"

using store_test::require_ok;
using store_test::value_of;

TEST_CASE("R17 a recorded adapter swap reads back, replaces an earlier one, and clears", "[adapter_overrides]") {
    store_test::StoreFixture f;
    auto& overrides = f.store.adapter_overrides();
    const auto before = host_api::now();
    require_ok(overrides.set("nova_poshta", "/opt/v1/libnova_poshta_adapter.so"));
    require_ok(overrides.set("nova_poshta", "/opt/v2/libnova_poshta_adapter.so"));
    require_ok(overrides.set("generic", "/opt/v2/libgeneric_adapter.so"));

    const auto nova = value_of(overrides.get("nova_poshta"));
    REQUIRE(nova);
    CHECK(nova->adapter_id == "nova_poshta");
    CHECK(nova->library_path == "/opt/v2/libnova_poshta_adapter.so");
    CHECK(nova->requested_at >= before);
    const auto all = value_of(overrides.list());
    REQUIRE(all.size() == 2);
    CHECK(all[0].adapter_id == "generic");
    CHECK(all[1].adapter_id == "nova_poshta");

    require_ok(overrides.clear("nova_poshta"));
    CHECK_FALSE(value_of(overrides.get("nova_poshta")).has_value());
    CHECK(value_of(overrides.list()).size() == 1);
}

TEST_CASE("an adapter swap without adapter or library is refused", "[adapter_overrides]") {
    store_test::StoreFixture f;
    CHECK_FALSE(f.store.adapter_overrides().set("", "/x.so").ok());
    CHECK_FALSE(f.store.adapter_overrides().set("generic", "").ok());
}

TEST_CASE("R17 a swap recorded by a CLI process is seen by the running host", "[adapter_overrides]") {
    store_test::StoreFixture f;
    const auto version = value_of(f.store.database().data_version());
    host::store::HostStore cli(f.dir.path());
    require_ok(cli.adapter_overrides().set("generic", "/opt/v2/libgeneric_adapter.so"));
    CHECK(value_of(f.store.database().data_version()) != version);
    CHECK(value_of(f.store.adapter_overrides().get("generic")).has_value());
}
