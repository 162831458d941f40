#include "host/store/database.hpp"

#include <sqlite3.h>

#include <chrono>
#include <stdexcept>
#include <system_error>
#include <thread>

#include "host/store/migrations.hpp"

namespace host::store {

namespace {

void create_folder(const std::filesystem::path& data_dir) {
    std::error_code ec;
    std::filesystem::create_directories(data_dir, ec);
    if (ec) throw std::runtime_error("cannot create data folder '" + data_dir.string() + "': " + ec.message());
    if (!std::filesystem::is_directory(data_dir, ec))
        throw std::runtime_error("data folder '" + data_dir.string() + "' is not a folder");
}

std::string savepoint_name(int level) { return "unit_" + std::to_string(level); }

// SQLite counts the memory it holds under a process-wide lock taken on every allocation;
// nothing here reads the count. Only possible before SQLite's first use in the process
// (later it answers SQLITE_MISUSE and keeps counting, which is harmless).
void stop_counting_sqlite_memory() {
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)configured;
}

}  // namespace

void Database::Closer::operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }

Database::Database(const std::filesystem::path& data_dir) : file_(data_dir / k_file_name) {
    create_folder(data_dir);
    stop_counting_sqlite_memory();
    sqlite3* raw = nullptr;
    // NOMUTEX: every use of the connection already holds mutex_, so SQLite's own lock
    // around each call would only be taken a second time.
    const int rc = sqlite3_open_v2(file_.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    db_.reset(raw);  // a handle comes back even on failure and must be closed
    if (rc != SQLITE_OK) throw SqliteError::from(raw, "cannot open '" + file_.string() + "'");
    std::lock_guard lock(mutex_);
    configure();
    apply_migrations(*this);
}

Database::~Database() = default;

void Database::configure() {
    sqlite3_extended_result_codes(db_.get(), 1);
    // busy_timeout first: switching to WAL itself needs a lock another process may hold.
    sqlite3_busy_timeout(db_.get(), k_busy_timeout_ms);
    use_write_ahead_log();
    execute("PRAGMA foreign_keys=ON");
    // Units of work nest as savepoints, and a savepoint keeps the pages it changes in a
    // sub-journal. SQLite's default keeps it in memory in blocks of 64 KiB, and in a
    // temporary file only past that; an order's delivery changes a handful of pages.
    // temp_store=MEMORY would keep it in memory always, but grown 1 KiB at a time, four
    // allocations per page: a twentieth of an import.
}

// Switching a new database to WAL needs it to itself, and SQLite answers SQLITE_BUSY at
// once, without waiting in the busy handler, when another connection opens the same new
// file at that moment (two processes starting on a fresh data folder): try again until
// the busy timeout.
void Database::use_write_ahead_log() {
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::milliseconds(k_busy_timeout_ms);
    for (;;) {
        try {
            prepare("PRAGMA journal_mode=WAL").run();
            return;
        } catch (const SqliteError& e) {
            if ((e.code() & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() > give_up) throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

Statement Database::prepare(std::string_view sql) { return Statement(db_.get(), sql, statements_); }

void Database::execute(std::string_view sql) {
    const std::string text(sql);
    char* message = nullptr;
    if (sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message);
        throw SqliteError::from(db_.get(), "execute");
    }
}

std::int64_t Database::last_insert_id() { return sqlite3_last_insert_rowid(db_.get()); }

int Database::changes() { return sqlite3_changes(db_.get()); }

void Database::require_live_transaction() {
    if (depth_ > 0 && sqlite3_get_autocommit(db_.get()))
        throw SqliteError(SQLITE_ABORT, "the unit of work was already rolled back after an earlier error");
}

// Prepared once and kept like any statement: an import opens and ends a unit per order and
// per delivery, and parsing the same few words each time was a tenth of its work.
void Database::run_control(const std::string& sql) { prepare(sql).run(); }

int Database::begin_level() {
    require_live_transaction();
    run_control(depth_ == 0 ? std::string("BEGIN IMMEDIATE") : "SAVEPOINT " + savepoint_name(depth_ + 1));
    return ++depth_;
}

void Database::commit_level(int level) {
    if (level != depth_) throw std::logic_error("units of work must end in the reverse order of their start");
    run_control(level == 1 ? std::string("COMMIT") : "RELEASE " + savepoint_name(level));
    --depth_;
}

void Database::rollback_level(int level) noexcept {
    // A level above the depth was already undone with an outer level that ended first;
    // an outer level ending first undoes the deeper ones with it.
    if (level > depth_ || level < 1) return;
    depth_ = level - 1;
    // SQLite may already have rolled the whole transaction back itself (e.g. SQLITE_FULL);
    // then there is nothing left to undo.
    if (sqlite3_get_autocommit(db_.get())) return;
    const std::string sql = level == 1 ? std::string("ROLLBACK")
                                       : "ROLLBACK TO " + savepoint_name(level) + "; RELEASE " + savepoint_name(level);
    sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, nullptr);
}

host_api::Result<std::int64_t> Database::data_version() {
    return call("read data version", [&]() -> host_api::Result<std::int64_t> {
        auto statement = prepare("PRAGMA data_version");
        statement.step();
        return statement.column_int64(0);
    });
}

host_api::Error exception_to_error(std::string_view what, std::exception_ptr error) noexcept {
    try {
        std::rethrow_exception(error);
    } catch (const SqliteError& e) {
        return to_error(what, e);
    } catch (const std::exception& e) {
        return host_api::permanent_error(std::string(what) + " failed: " + e.what());
    } catch (...) {
        return host_api::permanent_error(std::string(what) + " failed: unknown exception");
    }
}

}  // namespace host::store
