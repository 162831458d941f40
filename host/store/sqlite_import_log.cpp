#include "host/store/sqlite_import_log.hpp"

namespace host::store {

namespace {

constexpr const char* k_record_select =
    "SELECT store, external_id, state, reason, attempts, updated_at FROM import_log ";

host_api::ImportRecord record_from_row(const Statement& row) {
    return {row.column_text(0),
            row.column_text(1),
            row.column_text(2),
            row.column_text(3),
            static_cast<int>(row.column_int64(4)),
            row.column_time(5)};
}

}  // namespace

host_api::Result<void> SqliteImportLog::record_import(const host_api::ImportRecord& record) {
    return db_.call("record import", [&]() -> host_api::Result<void> {
        const auto at = record.updated_at == host_api::Timestamp{} ? host_api::now() : record.updated_at;
        db_.prepare(
               "INSERT INTO import_log (store, external_id, state, reason, attempts, updated_at) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (store, external_id) DO UPDATE SET "
               "state = excluded.state, reason = excluded.reason, attempts = excluded.attempts, "
               "updated_at = excluded.updated_at")
            .bind_text(1, record.store)
            .bind_text(2, record.external_id)
            .bind_text(3, record.state)
            .bind_text(4, record.reason)
            .bind_int64(5, record.attempts)
            .bind_time(6, at)
            .run();
        return host_api::success();
    });
}

host_api::Result<void> SqliteImportLog::record_attempt(const std::string& store, const std::string& external_id,
                                                      const std::string& state, const std::string& reason) {
    return db_.call("record import attempt", [&]() -> host_api::Result<void> {
        db_.prepare(
               "INSERT INTO import_log (store, external_id, state, reason, attempts, updated_at) "
               "VALUES (?1, ?2, ?3, ?4, 1, ?5) ON CONFLICT (store, external_id) DO UPDATE SET "
               "state = excluded.state, reason = excluded.reason, attempts = import_log.attempts + 1, "
               "updated_at = excluded.updated_at")
            .bind_text(1, store)
            .bind_text(2, external_id)
            .bind_text(3, state)
            .bind_text(4, reason)
            .bind_time(5, host_api::now())
            .run();
        return host_api::success();
    });
}

host_api::Result<std::optional<host_api::ImportRecord>> SqliteImportLog::import_record(const std::string& store,
                                                                                       const std::string& external_id) {
    return db_.call("read import record", [&]() -> host_api::Result<std::optional<host_api::ImportRecord>> {
        auto statement = db_.prepare(std::string(k_record_select) + "WHERE store = ?1 AND external_id = ?2");
        statement.bind_text(1, store).bind_text(2, external_id);
        if (!statement.step()) return std::optional<host_api::ImportRecord>();
        return std::optional<host_api::ImportRecord>(record_from_row(statement));
    });
}

host_api::Result<std::vector<host_api::ImportRecord>> SqliteImportLog::import_records(const std::string& state) {
    return db_.call("list import records", [&]() -> host_api::Result<std::vector<host_api::ImportRecord>> {
        // rowid breaks ties among lines updated in the same second: first written first.
        auto statement =
            db_.prepare(std::string(k_record_select) + "WHERE ?1 = '' OR state = ?1 ORDER BY updated_at, rowid");
        statement.bind_text(1, state);
        std::vector<host_api::ImportRecord> records;
        while (statement.step()) records.push_back(record_from_row(statement));
        return records;
    });
}

host_api::Result<int> SqliteImportLog::requeue_failed(const std::string& store) {
    auto failed = import_records(host_api::k_import_failed);
    if (!failed) return failed.error();
    int queued = 0;
    for (auto record : *failed) {
        if (!store.empty() && record.store != store) continue;
        record.state = host_api::k_import_pending;
        if (auto saved = record_import(record); !saved) return saved.error();
        ++queued;
    }
    return queued;
}

host_api::Result<void> SqliteImportLog::rename_store(const std::string& from, const std::string& to) {
    return db_.call("rename import log store", [&]() -> host_api::Result<void> {
        db_.prepare("UPDATE OR IGNORE import_log SET store = ?2 WHERE store = ?1")
            .bind_text(1, from)
            .bind_text(2, to)
            .run();
        db_.prepare("DELETE FROM import_log WHERE store = ?1").bind_text(1, from).run();
        return host_api::success();
    });
}

}  // namespace host::store
