#include <catch2/catch.hpp>

#include <future>

#include "host/store/database.hpp"
#include "host/store/migrations.hpp"
#include "tests/unit/host/store/store_fixture.hpp"

using host::store::Database;
using store_test::value_of;

namespace {

std::int64_t count(Database& db, const char* sql) {
    std::lock_guard lock(db.mutex());
    auto statement = db.prepare(sql);
    REQUIRE(statement.step());
    return statement.column_int64(0);
}

}  // namespace

TEST_CASE("every migration is recorded once, and reopening applies none again", "[migrations]") {
    test_support::TempDir dir;
    std::vector<int> expected;
    for (int v = 1; v <= host::store::latest_migration(); ++v) expected.push_back(v);
    {
        Database first(dir.path());
        std::lock_guard lock(first.mutex());
        CHECK(host::store::applied_migrations(first) == expected);
    }
    Database again(dir.path());
    {
        std::lock_guard lock(again.mutex());
        CHECK(host::store::applied_migrations(again) == expected);
    }
    // Seeds ran once: reopening did not add a second set of statuses or employees.
    CHECK(count(again, "SELECT COUNT(*) FROM order_statuses") == 5);
    CHECK(count(again, "SELECT COUNT(*) FROM employees") == 3);
}

TEST_CASE("two connections opening a fresh folder at once migrate it exactly once", "[migrations]") {
    test_support::TempDir dir;
    // Separate connections lock each other like separate processes do. No Catch macros
    // in these threads: Catch2 v2 assertions are not thread-safe.
    auto open_and_count = [&] {
        Database db(dir.path());
        std::lock_guard lock(db.mutex());
        auto statement = db.prepare("SELECT COUNT(*) FROM schema_migrations");
        statement.step();
        return statement.column_int64(0);
    };
    auto first = std::async(std::launch::async, open_and_count);
    auto second = std::async(std::launch::async, open_and_count);
    CHECK(first.get() == host::store::latest_migration());
    CHECK(second.get() == host::store::latest_migration());
    Database db(dir.path());
    CHECK(count(db, "SELECT COUNT(*) FROM order_types") == 1);
    CHECK(count(db, "SELECT COUNT(*) FROM employees") == 3);
}

TEST_CASE("reopening a data folder keeps what was written", "[migrations]") {
    test_support::TempDir dir;
    host_api::ContactId id = 0;
    {
        host::store::HostStore store(dir.path());
        id = value_of(store.contacts().create_contact({0, "Olena", "Koval", "+380671234567", "o@example.com", "Kyiv"}));
    }
    host::store::HostStore reopened(dir.path());
    const auto contact = value_of(reopened.contacts().contact(id));
    REQUIRE(contact);
    CHECK(contact->first_name == "Olena");
    CHECK(contact->phone == "+380671234567");
}

TEST_CASE("a database from a newer host is refused with its schema version named", "[migrations]") {
    test_support::TempDir dir;
    {
        Database db(dir.path());
        std::lock_guard lock(db.mutex());
        db.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)");
    }
    auto opened = host::store::HostStore::open(dir.path());
    REQUIRE_FALSE(opened.ok());
    CHECK_THAT(opened.error().message, Catch::Contains("schema version 999"));
}

TEST_CASE("seeded defaults: host currency UAH", "[migrations]") {
    store_test::StoreFixture f;
    CHECK(value_of(f.store.settings().currency()) == "UAH");
    CHECK(value_of(f.store.settings().get("currency")) == std::optional<std::string>("UAH"));
}

TEST_CASE("seeded defaults: order type Online order with its five statuses in order", "[migrations]") {
    store_test::StoreFixture f;
    const auto types = value_of(f.store.orders().order_types());
    REQUIRE(types.size() == 1);
    CHECK(types[0].name == "Online order");
    std::vector<std::string> names;
    for (const auto& status : types[0].statuses) names.push_back(status.name);
    CHECK(names == std::vector<std::string>{"New", "In progress", "Shipped", "Completed", "Cancelled"});
}

TEST_CASE("seeded defaults: owner, manager and cashier with their rights (R7)", "[migrations]") {
    store_test::StoreFixture f;
    auto& employees = f.store.employees();
    const auto owner = value_of(employees.find_by_login("owner"));
    const auto manager = value_of(employees.find_by_login("manager"));
    const auto cashier = value_of(employees.find_by_login("cashier"));
    REQUIRE(owner);
    REQUIRE(manager);
    REQUIRE(cashier);
    CHECK(owner->name == "Owner");
    CHECK(owner->rights == std::vector<std::string>{host_api::k_right_add_without_write_off, "manage_settings"});
    CHECK(manager->name == "Manager");
    CHECK(manager->rights == std::vector<std::string>{host_api::k_right_add_without_write_off});
    CHECK(cashier->name == "Cashier");
    CHECK(cashier->rights.empty());
}

TEST_CASE("seeded defaults: Nova Poshta integration disabled, tracking every 300 s, no rules", "[migrations]") {
    store_test::StoreFixture f;
    const auto settings = value_of(f.store.nova_poshta().nova_poshta_settings());
    CHECK_FALSE(settings.enabled);
    CHECK(settings.tracking_interval_seconds == 300);
    CHECK(settings.api_key.empty());
    CHECK(settings.status_rules.empty());
}
