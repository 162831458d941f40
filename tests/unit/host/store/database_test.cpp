#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "host/store/database.hpp"
#include "host/store/host_store.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/unit/host/store/store_fixture.hpp"

using host::store::Database;
using store_test::value_of;

namespace {

std::string pragma_text(Database& db, const char* pragma) {
    std::lock_guard lock(db.mutex());
    auto statement = db.prepare(std::string("PRAGMA ") + pragma);
    REQUIRE(statement.step());
    return statement.column_text(0);
}

}  // namespace

TEST_CASE("opening a data folder creates it and host.db inside", "[database]") {
    test_support::TempDir dir;
    const auto data_dir = dir / "nested" / "data";
    Database db(data_dir);
    CHECK(std::filesystem::is_directory(data_dir));
    CHECK(std::filesystem::is_regular_file(data_dir / "host.db"));
    CHECK(db.file() == data_dir / "host.db");
}

TEST_CASE("the connection runs in WAL mode with foreign keys and a 5 s busy timeout", "[database]") {
    test_support::TempDir dir;
    Database db(dir.path());
    CHECK(pragma_text(db, "journal_mode") == "wal");
    CHECK(pragma_text(db, "foreign_keys") == "1");
    CHECK(pragma_text(db, "busy_timeout") == "5000");
}

TEST_CASE("foreign keys are enforced: an item of a missing order is refused", "[database]") {
    test_support::TempDir dir;
    Database db(dir.path());
    std::lock_guard lock(db.mutex());
    CHECK_THROWS_AS(
        db.execute("INSERT INTO order_items (order_id, name, article, code, quantity, price_minor, currency) "
                   "VALUES (999, 'x', '', '', 1, 100, 'UAH')"),
        host::store::SqliteError);
}

TEST_CASE("data_version changes when a second connection on the same folder commits", "[database]") {
    test_support::TempDir dir;
    Database watcher(dir.path());
    host::store::HostStore other(dir.path());

    const auto before = value_of(watcher.data_version());
    CHECK(value_of(watcher.data_version()) == before);  // stable while nobody writes

    value_of(other.contacts().create_contact({0, "Olena", "Koval", "+380671234567", "", ""}));
    CHECK(value_of(watcher.data_version()) != before);
}

TEST_CASE("a folder that cannot be created is a clear error from HostStore::open, not a throw", "[database]") {
    test_support::TempDir dir;
    std::ofstream(dir / "a-file") << "not a folder";
    auto opened = host::store::HostStore::open(dir / "a-file" / "data");
    REQUIRE_FALSE(opened.ok());
    CHECK_THAT(opened.error().message, Catch::Contains("cannot create data folder"));
    CHECK_THAT(opened.error().message, Catch::Contains("a-file"));
    CHECK_FALSE(opened.error().transient);
}

TEST_CASE("a file that is not a database is a clear error from HostStore::open", "[database]") {
    test_support::TempDir dir;
    std::ofstream(dir / "host.db") << std::string(4096, 'x');
    auto opened = host::store::HostStore::open(dir.path());
    REQUIRE_FALSE(opened.ok());
    CHECK_THAT(opened.error().message, Catch::Contains("open host store"));
    CHECK_THAT(opened.error().message, Catch::Contains("not a database"));
}

TEST_CASE("a database locked by another process past the busy timeout gives a transient error", "[database][slow]") {
    test_support::TempDir dir;
    host::store::HostStore holder(dir.path());
    host::store::HostStore waiter(dir.path());

    auto unit = value_of(holder.transactions().begin());  // BEGIN IMMEDIATE: the write lock
    const auto started = std::chrono::steady_clock::now();
    auto created = waiter.contacts().create_contact({0, "Taras", "", "+380501112233", "", ""});
    const auto waited = std::chrono::steady_clock::now() - started;

    REQUIRE_FALSE(created.ok());
    CHECK(created.error().transient);
    CHECK_THAT(created.error().message, Catch::Contains("create contact"));
    CHECK(waited >= std::chrono::milliseconds(4500));  // it waited for busy_timeout first
}
