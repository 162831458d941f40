#include <catch2/catch.hpp>

#include <sqlite3.h>

#include "host/store/sqlite_error.hpp"

using host::store::SqliteError;

TEST_CASE("SQLITE_BUSY and SQLITE_LOCKED become transient errors, the rest permanent", "[sqlite_error]") {
    CHECK(host::store::to_error("write", SqliteError(SQLITE_BUSY, "busy")).transient);
    CHECK(host::store::to_error("write", SqliteError(SQLITE_BUSY_SNAPSHOT, "busy")).transient);
    CHECK(host::store::to_error("write", SqliteError(SQLITE_LOCKED, "locked")).transient);
    CHECK_FALSE(host::store::to_error("write", SqliteError(SQLITE_CONSTRAINT_UNIQUE, "dup")).transient);
    CHECK_FALSE(host::store::to_error("write", SqliteError(SQLITE_CORRUPT, "bad")).transient);
}

TEST_CASE("an error message names the operation and SQLite's reason", "[sqlite_error]") {
    const auto error = host::store::to_error("create order", SqliteError(SQLITE_FULL, "disk is full"));
    CHECK(error.message == "create order failed: disk is full");
}

TEST_CASE("a unique constraint violation is recognised as one", "[sqlite_error]") {
    CHECK(SqliteError(SQLITE_CONSTRAINT_UNIQUE, "").unique_violation());
    CHECK(SqliteError(SQLITE_CONSTRAINT_PRIMARYKEY, "").unique_violation());
    CHECK_FALSE(SqliteError(SQLITE_CONSTRAINT_FOREIGNKEY, "").unique_violation());
}
