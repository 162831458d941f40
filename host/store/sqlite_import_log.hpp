#pragma once
// host_api::ImportLog over the host database: one line per (store, external_id) (R3, R27).
#include "host/store/database.hpp"
#include "host_api/import_log.hpp"

namespace host::store {

class SqliteImportLog final : public host_api::ImportLog {
public:
    explicit SqliteImportLog(Database& db) : db_(db) {}

    // Inserts or replaces the line; updated_at left at the epoch means now.
    host_api::Result<void> record_import(const host_api::ImportRecord& record) override;
    host_api::Result<void> record_attempt(const std::string& store, const std::string& external_id,
                                          const std::string& state, const std::string& reason) override;
    host_api::Result<std::optional<host_api::ImportRecord>> import_record(const std::string& store,
                                                                          const std::string& external_id) override;
    host_api::Result<std::vector<host_api::ImportRecord>> import_records(const std::string& state) override;

    // Host only: the failed imports (of the store named, or of every store) go back to
    // pending, so the plugin fetches them afresh on its next round; answers how many.
    host_api::Result<int> requeue_failed(const std::string& store);
    // Host only: a store renamed; its lines go under its new name, so its failed imports
    // are still retried. A line the new name already has is the newer one and stays.
    host_api::Result<void> rename_store(const std::string& from, const std::string& to);

private:
    Database& db_;
};

}  // namespace host::store
