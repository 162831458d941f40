#pragma once
// The host's store connections (R1, R2): one row per connected store, with the plugin it
// belongs to and its settings JSON (secrets included: this table is never dumped or shown
// as is; pages strip the write-only fields before showing it).
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "host/store/database.hpp"
#include "host_api/connection_status.hpp"
#include "host_api/store_connection.hpp"
#include "host_api/time.hpp"

namespace host::store {

struct StoredConnection {
    host_api::ConnectionId id = 0;
    std::string plugin_id;
    std::string settings_json;
    bool connected = true;
    host_api::Timestamp created_at{};
    host_api::Timestamp updated_at{};

    host_api::StoreConnection connection() const { return {id, settings_json, connected}; }
};

class StoreConnections {
public:
    explicit StoreConnections(Database& db) : db_(db) {}

    host_api::Result<host_api::ConnectionId> add(const std::string& plugin_id, const std::string& settings_json,
                                                 bool connected = true);
    host_api::Result<void> update_settings(host_api::ConnectionId id, const std::string& settings_json);
    host_api::Result<void> set_connected(host_api::ConnectionId id, bool connected);
    host_api::Result<void> remove(host_api::ConnectionId id);
    host_api::Result<std::optional<StoredConnection>> find(host_api::ConnectionId id);
    // Every connection of the plugin, by id; an empty plugin id lists all.
    host_api::Result<std::vector<StoredConnection>> list(const std::string& plugin_id);

    // The plugin's notices about a connection, by topic; an empty text removes the topic.
    host_api::Result<void> set_notice(host_api::ConnectionId id, const std::string& topic, const std::string& text,
                                      std::optional<host_api::Progress> progress = std::nullopt);
    host_api::Result<std::vector<std::pair<std::string, std::string>>> notices(host_api::ConnectionId id);
    // The notices that carry progress, by topic.
    host_api::Result<std::vector<std::pair<std::string, host_api::Progress>>> progress(host_api::ConnectionId id);

private:
    host_api::Result<void> change(std::string_view what, host_api::ConnectionId id, const char* sql,
                                  const std::function<void(Statement&)>& bind);

    Database& db_;
};

}  // namespace host::store
