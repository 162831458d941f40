#include <catch2/catch.hpp>

#include "tests/unit/host/store/store_fixture.hpp"

using store_test::require_ok;
using store_test::value_of;

namespace {

host_api::Timestamp at(std::int64_t seconds) { return host_api::Timestamp{std::chrono::seconds{seconds}}; }

}  // namespace

TEST_CASE("R3 an import line reads back with every field", "[import_log]") {
    store_test::StoreFixture f;
    require_ok(f.store.imports().record_import({"Kyiv Shop", "5312000000001", host_api::k_import_failed,
                                                "currency USD differs from host currency UAH", 1, at(1700000000)}));
    const auto record = value_of(f.store.imports().import_record("Kyiv Shop", "5312000000001"));
    REQUIRE(record);
    CHECK(record->store == "Kyiv Shop");
    CHECK(record->external_id == "5312000000001");
    CHECK(record->state == "failed");
    CHECK(record->reason == "currency USD differs from host currency UAH");
    CHECK(record->attempts == 1);
    CHECK(record->updated_at == at(1700000000));
    CHECK_FALSE(value_of(f.store.imports().import_record("Lviv Shop", "5312000000001")).has_value());
}

TEST_CASE("R3 recording the same (store, external id) again replaces its line", "[import_log]") {
    store_test::StoreFixture f;
    require_ok(
        f.store.imports().record_import({"Kyiv Shop", "1001", host_api::k_import_failed, "currency", 1, at(100)}));
    require_ok(f.store.imports().record_import({"Kyiv Shop", "1001", host_api::k_import_imported, "", 2, at(200)}));
    require_ok(f.store.imports().record_import({"Lviv Shop", "1001", host_api::k_import_pending, "", 0, at(150)}));

    const auto all = value_of(f.store.imports().import_records(""));
    REQUIRE(all.size() == 2);
    const auto kyiv = value_of(f.store.imports().import_record("Kyiv Shop", "1001"));
    CHECK(kyiv->state == "imported");
    CHECK(kyiv->reason.empty());
    CHECK(kyiv->attempts == 2);
    CHECK(kyiv->updated_at == at(200));
}

TEST_CASE("import lines list by state, oldest first, and an empty state lists all", "[import_log]") {
    store_test::StoreFixture f;
    require_ok(f.store.imports().record_import({"S", "3", host_api::k_import_failed, "r3", 1, at(300)}));
    require_ok(f.store.imports().record_import({"S", "1", host_api::k_import_failed, "r1", 1, at(100)}));
    require_ok(f.store.imports().record_import({"S", "2", host_api::k_import_imported, "", 1, at(200)}));

    const auto failed = value_of(f.store.imports().import_records(host_api::k_import_failed));
    REQUIRE(failed.size() == 2);
    CHECK(failed[0].external_id == "1");
    CHECK(failed[1].external_id == "3");
    const auto all = value_of(f.store.imports().import_records(""));
    REQUIRE(all.size() == 3);
    CHECK(all[0].external_id == "1");
    CHECK(all[1].external_id == "2");
    CHECK(all[2].external_id == "3");
}

TEST_CASE("an import line without a time is stamped now", "[import_log]") {
    store_test::StoreFixture f;
    const auto before = host_api::now();
    require_ok(f.store.imports().record_import({"S", "1", host_api::k_import_pending, "", 0, {}}));
    CHECK(value_of(f.store.imports().import_record("S", "1"))->updated_at >= before);
}

TEST_CASE("R27 each attempt at an order counts once more, with the state and reason of the latest", "[import_log]") {
    store_test::StoreFixture f;
    const auto before = host_api::now();
    require_ok(f.store.imports().record_attempt("Kyiv Shop", "1001", host_api::k_import_failed, "currency USD"));
    auto record = value_of(f.store.imports().import_record("Kyiv Shop", "1001"));
    REQUIRE(record);
    CHECK(record->attempts == 1);
    CHECK(record->state == "failed");
    CHECK(record->reason == "currency USD");
    CHECK(record->updated_at >= before);

    require_ok(f.store.imports().record_attempt("Kyiv Shop", "1001", host_api::k_import_failed, "no order type"));
    require_ok(f.store.imports().record_attempt("Kyiv Shop", "1001", host_api::k_import_imported, ""));
    record = value_of(f.store.imports().import_record("Kyiv Shop", "1001"));
    CHECK(record->attempts == 3);
    CHECK(record->state == "imported");
    CHECK(record->reason.empty());
    // Another store's order of the same number is a line of its own.
    require_ok(f.store.imports().record_attempt("Lviv Shop", "1001", host_api::k_import_imported, ""));
    CHECK(value_of(f.store.imports().import_record("Lviv Shop", "1001"))->attempts == 1);
    CHECK(value_of(f.store.imports().import_records("")).size() == 2);
}
