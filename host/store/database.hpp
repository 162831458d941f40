#pragma once
// The host's SQLite database: one connection to <data_dir>/host.db, guarded by a recursive
// mutex that every service call holds. Several processes may open the same folder (a
// running `serve` and a CLI command): WAL and busy_timeout let them take turns.
#include <cstdint>
#include <exception>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "host/store/sqlite_error.hpp"
#include "host/store/statement.hpp"
#include "host/store/statement_cache.hpp"
#include "host_api/result.hpp"

struct sqlite3;

namespace host::store {

class Database {
public:
    static constexpr const char* k_file_name = "host.db";
    static constexpr int k_busy_timeout_ms = 5000;

    // Creates the folder, opens the file, sets the pragmas and applies the migrations.
    // Throws (SqliteError or std::runtime_error) when any of it fails; HostStore::open
    // turns that into an Error.
    explicit Database(const std::filesystem::path& data_dir);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const std::filesystem::path& file() const { return file_; }
    std::recursive_mutex& mutex() { return mutex_; }

    // Callers hold mutex() (call() does) for everything below.
    Statement prepare(std::string_view sql);
    void execute(std::string_view sql);  // one or more statements without parameters
    std::int64_t last_insert_id();
    int changes();  // rows written by the last INSERT, UPDATE or DELETE

    // Transaction levels: the outermost is BEGIN IMMEDIATE (so a writer waits for the
    // write lock up front instead of failing on upgrade), deeper ones are savepoints.
    int begin_level();
    void commit_level(int level);
    void rollback_level(int level) noexcept;

    // Changes whenever another connection (another process) commits (SQLite docs,
    // "PRAGMA data_version"); the running host polls it to notice CLI writes.
    host_api::Result<std::int64_t> data_version();

    // Runs `work` (which returns a Result) holding the connection's lock; anything it
    // throws becomes an Error that names `what`. Every service method goes through here.
    template <class Work>
    auto call(std::string_view what, Work&& work) noexcept -> decltype(work());

private:
    void configure();
    void use_write_ahead_log();
    void run_control(const std::string& sql);  // BEGIN, SAVEPOINT, COMMIT, RELEASE
    // After SQLite rolled an open transaction back by itself (SQLITE_FULL, SQLITE_IOERR),
    // later writes of the unit would each autocommit alone: refuse them until it ends.
    void require_live_transaction();

    struct Closer {
        void operator()(sqlite3* db) const noexcept;
    };

    std::filesystem::path file_;
    std::recursive_mutex mutex_;
    std::unique_ptr<sqlite3, Closer> db_;
    StatementCache statements_;  // after db_: its statements are finalized before the close
    int depth_ = 0;  // open transaction levels, only touched by the lock's owner
};

host_api::Error exception_to_error(std::string_view what, std::exception_ptr error) noexcept;

template <class Work>
auto Database::call(std::string_view what, Work&& work) noexcept -> decltype(work()) {
    try {
        std::lock_guard lock(mutex_);
        require_live_transaction();
        return work();
    } catch (...) {
        return exception_to_error(what, std::current_exception());
    }
}

}  // namespace host::store
