#pragma once
// A failed SQLite call, thrown inside the store only: every service catches it at its edge
// and turns it into a host_api::Error (STYLE.md, Shape: exceptions stay inside a module).
#include <stdexcept>
#include <string>
#include <string_view>

#include "host_api/result.hpp"

struct sqlite3;

namespace host::store {

class SqliteError : public std::runtime_error {
public:
    SqliteError(int code, const std::string& message);
    // The connection's last error message and extended code, after `what` failed.
    static SqliteError from(sqlite3* db, std::string_view what);

    int code() const noexcept { return code_; }  // extended result code
    // Another connection holds the lock past busy_timeout: worth retrying as is.
    bool transient() const noexcept;
    bool unique_violation() const noexcept;
    bool foreign_key_violation() const noexcept;

private:
    int code_;
};

// "<what>: <sqlite message>", transient for SQLITE_BUSY / SQLITE_LOCKED.
host_api::Error to_error(std::string_view what, const SqliteError& error);

}  // namespace host::store
