#include "host/store/sqlite_error.hpp"

#include <sqlite3.h>

namespace host::store {

SqliteError::SqliteError(int code, const std::string& message) : std::runtime_error(message), code_(code) {}

SqliteError SqliteError::from(sqlite3* db, std::string_view what) {
    const int code = db != nullptr ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
    const char* message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    return SqliteError(code, std::string(what) + ": " + message + " (" + sqlite3_errstr(code) + ")");
}

bool SqliteError::transient() const noexcept {
    const int primary = code_ & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

bool SqliteError::unique_violation() const noexcept {
    return code_ == SQLITE_CONSTRAINT_UNIQUE || code_ == SQLITE_CONSTRAINT_PRIMARYKEY;
}

bool SqliteError::foreign_key_violation() const noexcept { return code_ == SQLITE_CONSTRAINT_FOREIGNKEY; }

host_api::Error to_error(std::string_view what, const SqliteError& error) {
    std::string message = std::string(what) + " failed: " + error.what();
    return error.transient() ? host_api::transient_error(std::move(message))
                             : host_api::permanent_error(std::move(message));
}

}  // namespace host::store
