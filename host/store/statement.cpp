#include "host/store/statement.hpp"

#include <sqlite3.h>

#include "host/store/sqlite_error.hpp"
#include "host/store/statement_cache.hpp"

namespace host::store {

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
    const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &statement_, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement_);
        throw SqliteError::from(db_, "prepare");
    }
}

Statement::Statement(sqlite3* db, std::string_view sql, StatementCache& cache) : db_(db), cache_(&cache) {
    const auto taken = cache.take(sql);
    shelf_ = taken.shelf;
    statement_ = taken.statement;
    if (statement_ != nullptr) return;
    const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &statement_, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement_);
        throw SqliteError::from(db_, "prepare");
    }
}

Statement::~Statement() {
    if (cache_ != nullptr)
        cache_->give_back(shelf_, statement_);
    else
        sqlite3_finalize(statement_);
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), statement_(other.statement_), cache_(other.cache_), shelf_(other.shelf_) {
    other.statement_ = nullptr;
}

void Statement::check_bind(int rc, int index) {
    if (rc != SQLITE_OK) throw SqliteError::from(db_, "bind parameter " + std::to_string(index));
}

Statement& Statement::bind_text(int index, std::string_view text) {
    // SQLITE_TRANSIENT: SQLite copies the bytes, so a temporary string may be bound.
    check_bind(sqlite3_bind_text64(statement_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8), index);
    return *this;
}

Statement& Statement::bind_text(int index, const std::string& text) {
    // SQLITE_STATIC: read in place until the step; the bindings are cleared before the
    // statement is kept for its next use (StatementCache::give_back).
    check_bind(sqlite3_bind_text64(statement_, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8), index);
    return *this;
}

Statement& Statement::bind_int64(int index, std::int64_t value) {
    check_bind(sqlite3_bind_int64(statement_, index, value), index);
    return *this;
}

Statement& Statement::bind_bool(int index, bool value) { return bind_int64(index, value ? 1 : 0); }

Statement& Statement::bind_time(int index, host_api::Timestamp value) {
    return bind_int64(index, value.time_since_epoch().count());
}

Statement& Statement::bind_null(int index) {
    check_bind(sqlite3_bind_null(statement_, index), index);
    return *this;
}

Statement& Statement::bind_optional_int64(int index, const std::optional<std::int64_t>& value) {
    return value ? bind_int64(index, *value) : bind_null(index);
}

Statement& Statement::bind_optional_text(int index, const std::optional<std::string>& value) {
    return value ? bind_text(index, std::string_view(*value)) : bind_null(index);  // may be a temporary
}

bool Statement::step() {
    const int rc = sqlite3_step(statement_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw SqliteError::from(db_, "step");
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
}

bool Statement::column_is_null(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }

std::int64_t Statement::column_int64(int column) const { return sqlite3_column_int64(statement_, column); }

bool Statement::column_bool(int column) const { return column_int64(column) != 0; }

std::string Statement::column_text(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
    // column_bytes after column_text: the length of the text form (SQLite docs, "Result Values").
    const int size = sqlite3_column_bytes(statement_, column);
    return text != nullptr ? std::string(text, static_cast<std::size_t>(size)) : std::string();
}

host_api::Timestamp Statement::column_time(int column) const {
    return host_api::Timestamp{std::chrono::seconds{column_int64(column)}};
}

std::optional<std::int64_t> Statement::column_optional_int64(int column) const {
    if (column_is_null(column)) return std::nullopt;
    return column_int64(column);
}

std::optional<std::string> Statement::column_optional_text(int column) const {
    if (column_is_null(column)) return std::nullopt;
    return column_text(column);
}

}  // namespace host::store
