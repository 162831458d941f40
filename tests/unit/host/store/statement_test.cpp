#include <catch2/catch.hpp>

#include "host/store/sqlite_error.hpp"
#include "host/store/statement.hpp"
#include "tests/unit/host/store/memory_database.hpp"

using host::store::Statement;

namespace {

struct MemoryDb : store_test::MemoryDatabase {
    MemoryDb() : MemoryDatabase("CREATE TABLE t (a TEXT, b INTEGER, c TEXT)") {}
};

}  // namespace

TEST_CASE("a statement binds and reads back text, integers, times and nulls", "[statement]") {
    MemoryDb m;
    const std::string with_nul("a\0b", 3);
    Statement(m.db.get(), "INSERT INTO t VALUES (?1, ?2, ?3)")
        .bind_text(1, with_nul)
        .bind_int64(2, 9007199254740993)  // above 2^53: kept exactly
        .bind_optional_text(3, std::nullopt)
        .run();
    Statement(m.db.get(), "INSERT INTO t VALUES (?1, ?2, ?3)")
        .bind_text(1, "Нова Пошта")
        .bind_time(2, host_api::Timestamp{std::chrono::seconds{1700000000}})
        .bind_optional_text(3, std::string("x"))
        .run();

    Statement read(m.db.get(), "SELECT a, b, c FROM t ORDER BY rowid");
    REQUIRE(read.step());
    CHECK(read.column_text(0) == with_nul);
    CHECK(read.column_int64(1) == 9007199254740993);
    CHECK(read.column_is_null(2));
    CHECK(read.column_text(2).empty());
    CHECK_FALSE(read.column_optional_text(2).has_value());
    REQUIRE(read.step());
    CHECK(read.column_text(0) == "Нова Пошта");
    CHECK(read.column_time(1) == host_api::Timestamp{std::chrono::seconds{1700000000}});
    CHECK(read.column_optional_text(2) == std::optional<std::string>("x"));
    CHECK_FALSE(read.step());
}

TEST_CASE("a string that ends before the step is copied when bound, a named one is read in place", "[statement]") {
    MemoryDb m;
    Statement insert(m.db.get(), "INSERT INTO t (a, b, c) VALUES (?1, ?2, ?3)");
    const std::string named(64, 'n');
    const bool without_unit = true;
    insert.bind_text(1, std::string(64, 't'));                  // a temporary: gone at the ;
    insert.bind_text(3, without_unit ? "piece" : named);        // a const temporary, as ?: gives
    insert.bind_int64(2, 1);
    insert.run();
    Statement(m.db.get(), "INSERT INTO t (a, b) VALUES (?1, 2)").bind_text(1, named).run();

    Statement read(m.db.get(), "SELECT a, c FROM t ORDER BY b");
    REQUIRE(read.step());
    CHECK(read.column_text(0) == std::string(64, 't'));
    CHECK(read.column_text(1) == "piece");
    REQUIRE(read.step());
    CHECK(read.column_text(0) == named);
}

TEST_CASE("optional integers bind as NULL when absent and read back as nullopt", "[statement]") {
    MemoryDb m;
    Statement(m.db.get(), "INSERT INTO t (b) VALUES (?1)").bind_optional_int64(1, std::nullopt).run();
    Statement(m.db.get(), "INSERT INTO t (b) VALUES (?1)").bind_optional_int64(1, 7).run();
    Statement read(m.db.get(), "SELECT b FROM t ORDER BY rowid");
    REQUIRE(read.step());
    CHECK_FALSE(read.column_optional_int64(0).has_value());
    REQUIRE(read.step());
    CHECK(read.column_optional_int64(0) == std::optional<std::int64_t>(7));
}

TEST_CASE("bad SQL and a failed step throw SqliteError", "[statement]") {
    MemoryDb m;
    CHECK_THROWS_AS(Statement(m.db.get(), "SELEC nothing"), host::store::SqliteError);
    Statement(m.db.get(), "CREATE TABLE u (x INTEGER NOT NULL)").run();
    Statement insert(m.db.get(), "INSERT INTO u VALUES (?1)");
    insert.bind_null(1);
    CHECK_THROWS_AS(insert.run(), host::store::SqliteError);
}
