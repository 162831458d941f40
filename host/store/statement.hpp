#pragma once
// One prepared SQLite statement, finalized on destruction (or given back to the cache it
// came from). Binds are 1-based and columns
// 0-based, as in the SQLite C API. Failures throw SqliteError (caught at the service edge).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "host/store/statement_cache.hpp"
#include "host_api/time.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace host::store {

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    // Takes a kept statement from `cache` (or prepares one) and gives it back when destroyed.
    Statement(sqlite3* db, std::string_view sql, StatementCache& cache);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement& operator=(Statement&&) = delete;

    // Named per type on purpose: an overloaded bind(int, bool) would silently take a
    // const char* (pointer-to-bool beats the conversion to string_view).
    //
    // Text is copied by SQLite, except from a named string: that one outlives the
    // statement's step (it is bound and stepped in the same service call), and reading it
    // in place saves an allocation and a copy per parameter, ~3 % of an import.
    Statement& bind_text(int index, std::string_view text);
    Statement& bind_text(int index, const char* text) { return bind_text(index, std::string_view(text)); }
    // Any string about to die (const too, as a ?: of a string and a char* gives): copied.
    Statement& bind_text(int index, const std::string&& text) { return bind_text(index, std::string_view(text)); }
    Statement& bind_text(int index, const std::string& text);
    Statement& bind_int64(int index, std::int64_t value);
    Statement& bind_bool(int index, bool value);
    Statement& bind_time(int index, host_api::Timestamp value);
    Statement& bind_null(int index);
    Statement& bind_optional_int64(int index, const std::optional<std::int64_t>& value);
    Statement& bind_optional_text(int index, const std::optional<std::string>& value);

    // True while a row is ready; false once the statement is done.
    bool step();
    // Steps a statement that returns no rows (INSERT, UPDATE, DELETE, DDL).
    void run();
    void reset();

    bool column_is_null(int column) const;
    std::int64_t column_int64(int column) const;
    bool column_bool(int column) const;
    std::string column_text(int column) const;  // NULL reads as ""
    host_api::Timestamp column_time(int column) const;
    std::optional<std::int64_t> column_optional_int64(int column) const;
    std::optional<std::string> column_optional_text(int column) const;

private:
    void check_bind(int rc, int index);

    sqlite3* db_;
    sqlite3_stmt* statement_ = nullptr;
    StatementCache* cache_ = nullptr;
    StatementCache::Shelf* shelf_ = nullptr;  // where it goes back to, with cache_
};

}  // namespace host::store
