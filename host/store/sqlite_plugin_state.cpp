#include "host/store/sqlite_plugin_state.hpp"

namespace host::store {

host_api::Result<std::optional<std::string>> SqlitePluginState::get(const std::string& key) {
    return db_.call("read plugin state", [&]() -> host_api::Result<std::optional<std::string>> {
        auto statement = db_.prepare("SELECT value FROM plugin_state WHERE owner = ?1 AND key = ?2");
        statement.bind_text(1, owner_).bind_text(2, key);
        if (!statement.step()) return std::optional<std::string>();
        return std::optional<std::string>(statement.column_text(0));
    });
}

host_api::Result<void> SqlitePluginState::put(const std::string& key, const std::string& value) {
    return db_.call("write plugin state", [&]() -> host_api::Result<void> {
        // A value written again as it is (a returning client's contact, say) leaves its row
        // alone: REPLACE would delete it and insert it again.
        db_.prepare(
               "INSERT INTO plugin_state (owner, key, value) VALUES (?1, ?2, ?3) "
               "ON CONFLICT (owner, key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value")
            .bind_text(1, owner_)
            .bind_text(2, key)
            .bind_text(3, value)
            .run();
        return host_api::success();
    });
}

host_api::Result<void> SqlitePluginState::erase(const std::string& key) {
    return db_.call("erase plugin state", [&]() -> host_api::Result<void> {
        db_.prepare("DELETE FROM plugin_state WHERE owner = ?1 AND key = ?2")
            .bind_text(1, owner_)
            .bind_text(2, key)
            .run();
        return host_api::success();
    });
}

host_api::Result<SqlitePluginState::Entries> SqlitePluginState::entries(const std::string& prefix,
                                                                       std::size_t limit) {
    return db_.call("list plugin state", [&]() -> host_api::Result<Entries> {
        // Keys sharing the prefix form one run from `key >= prefix` on in key order; the
        // first key without it ends the run. No LIKE, so '%' and '_' in keys are plain.
        auto statement = db_.prepare("SELECT key, value FROM plugin_state WHERE owner = ?1 AND key >= ?2 ORDER BY key");
        statement.bind_text(1, owner_).bind_text(2, prefix);
        Entries entries;
        while (entries.size() < limit && statement.step()) {
            auto key = statement.column_text(0);
            if (key.compare(0, prefix.size(), prefix) != 0) break;
            entries.emplace_back(std::move(key), statement.column_text(1));
        }
        return entries;
    });
}

}  // namespace host::store
