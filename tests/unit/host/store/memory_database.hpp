#pragma once
// An SQLite database in memory with one table made by `schema`, for the tests of the
// statement layer, which work below the host's store; and a statement cache over it.
#include <sqlite3.h>

#include <memory>

#include <catch2/catch.hpp>

#include "host/store/statement.hpp"
#include "host/store/statement_cache.hpp"

namespace store_test {

struct MemoryDatabase {
    explicit MemoryDatabase(const char* schema) {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(":memory:", &raw) == SQLITE_OK);
        db.reset(raw);
        host::store::Statement(db.get(), schema).run();
    }
    struct Closer {
        void operator()(sqlite3* d) const { sqlite3_close(d); }
    };
    std::unique_ptr<sqlite3, Closer> db;
    host::store::StatementCache cache;  // destroyed before the database closes
};

}  // namespace store_test
