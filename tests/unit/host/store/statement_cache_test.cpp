#include <catch2/catch.hpp>

#include <string>

#include "host/store/statement.hpp"
#include "host/store/statement_cache.hpp"
#include "tests/unit/host/store/memory_database.hpp"

using host::store::Statement;

namespace {

struct CachedMemoryDb : store_test::MemoryDatabase {
    CachedMemoryDb() : MemoryDatabase("CREATE TABLE t (a INTEGER)") {}
};

std::int64_t rows(CachedMemoryDb& m) {
    Statement count(m.db.get(), "SELECT count(*) FROM t", m.cache);
    REQUIRE(count.step());
    return count.column_int64(0);
}

}  // namespace

TEST_CASE("a statement given back is taken again for the same SQL, its bindings cleared", "[statement]") {
    CachedMemoryDb m;
    const char* insert = "INSERT INTO t VALUES (?1)";
    sqlite3_stmt* first = nullptr;
    {
        Statement statement(m.db.get(), insert, m.cache);
        statement.bind_int64(1, 7).run();
        first = m.cache.take(insert).statement;
        CHECK(first == nullptr);  // the only one is still in use
    }
    const auto again = m.cache.take(std::string(insert));  // the same text from another string
    CHECK(again.statement != nullptr);
    REQUIRE(again.shelf != nullptr);
    m.cache.give_back(again.shelf, again.statement);

    // Reused without binding: the parameter is NULL, not the 7 of its last use.
    Statement(m.db.get(), insert, m.cache).run();
    Statement nulls(m.db.get(), "SELECT count(*) FROM t WHERE a IS NULL", m.cache);
    REQUIRE(nulls.step());
    CHECK(nulls.column_int64(0) == 1);
    CHECK(rows(m) == 2);
}

TEST_CASE("two users of one SQL text at once each get a statement of their own", "[statement]") {
    CachedMemoryDb m;
    Statement(m.db.get(), "INSERT INTO t VALUES (1), (2)").run();
    Statement outer(m.db.get(), "SELECT a FROM t ORDER BY a", m.cache);
    REQUIRE(outer.step());
    {
        Statement inner(m.db.get(), "SELECT a FROM t ORDER BY a", m.cache);
        REQUIRE(inner.step());
        REQUIRE(inner.step());
        CHECK(inner.column_int64(0) == 2);
    }
    CHECK(outer.column_int64(0) == 1);  // its read went on undisturbed
    REQUIRE(outer.step());
    CHECK(outer.column_int64(0) == 2);
}

TEST_CASE("a full cache keeps no statement for a new SQL text, and it still runs", "[statement]") {
    CachedMemoryDb m;
    // Texts built at run time, each new, until the cache stops keeping them.
    int kept = 0;
    for (int i = 0; i < 600; ++i) {
        const auto sql = "SELECT a FROM t WHERE a = " + std::to_string(i);
        const auto taken = m.cache.take(sql);
        CHECK(taken.statement == nullptr);
        if (taken.shelf != nullptr) ++kept;
        Statement(m.db.get(), sql, m.cache).step();
    }
    CHECK(kept > 0);
    CHECK(kept < 600);
    CHECK(rows(m) == 0);
}

// The cache's hash reads a text's length and three words of it (start, middle, end): two
// texts alike in those, different elsewhere, are still two statements.
TEST_CASE("two SQL texts alike where the cache's hash reads them run as themselves", "[statement]") {
    CachedMemoryDb m;
    const std::string two = "SELECT 1, 2, 3, 4, 5, 6, 7, 8, 9";
    const std::string three = "SELECT 1, 3, 3, 4, 5, 6, 7, 8, 9";
    REQUIRE(two.size() == three.size());
    for (int round = 0; round < 2; ++round) {  // the second round takes them from the cache
        Statement first(m.db.get(), two, m.cache);
        REQUIRE(first.step());
        CHECK(first.column_int64(1) == 2);
        Statement second(m.db.get(), three, m.cache);
        REQUIRE(second.step());
        CHECK(second.column_int64(1) == 3);
    }
}
