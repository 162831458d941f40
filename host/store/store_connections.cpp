#include "host/store/store_connections.hpp"

namespace host::store {

namespace {

constexpr const char* k_connection_select =
    "SELECT id, plugin_id, settings_json, connected, created_at, updated_at FROM store_connections ";

StoredConnection connection_from_row(const Statement& row) {
    return {row.column_int64(0), row.column_text(1), row.column_text(2),
            row.column_bool(3),  row.column_time(4), row.column_time(5)};
}

}  // namespace

host_api::Result<host_api::ConnectionId> StoreConnections::add(const std::string& plugin_id,
                                                               const std::string& settings_json, bool connected) {
    return db_.call("add store connection", [&]() -> host_api::Result<host_api::ConnectionId> {
        db_.prepare(
               "INSERT INTO store_connections (plugin_id, settings_json, connected, created_at, updated_at) "
               "VALUES (?1, ?2, ?3, ?4, ?4)")
            .bind_text(1, plugin_id)
            .bind_text(2, settings_json)
            .bind_bool(3, connected)
            .bind_time(4, host_api::now())
            .run();
        return db_.last_insert_id();
    });
}

host_api::Result<void> StoreConnections::change(std::string_view what, host_api::ConnectionId id, const char* sql,
                                                const std::function<void(Statement&)>& bind) {
    return db_.call(what, [&]() -> host_api::Result<void> {
        auto statement = db_.prepare(sql);
        statement.bind_int64(1, id);
        bind(statement);
        statement.run();
        if (db_.changes() == 0)
            return host_api::permanent_error(std::string(what) + ": no store connection " + std::to_string(id));
        return host_api::success();
    });
}

host_api::Result<void> StoreConnections::update_settings(host_api::ConnectionId id, const std::string& settings_json) {
    return change("update store connection", id,
                  "UPDATE store_connections SET settings_json = ?2, updated_at = ?3 WHERE id = ?1",
                  [&](Statement& s) { s.bind_text(2, settings_json).bind_time(3, host_api::now()); });
}

host_api::Result<void> StoreConnections::set_connected(host_api::ConnectionId id, bool connected) {
    return change("set store connection state", id,
                  "UPDATE store_connections SET connected = ?2, updated_at = ?3 WHERE id = ?1",
                  [&](Statement& s) { s.bind_bool(2, connected).bind_time(3, host_api::now()); });
}

host_api::Result<void> StoreConnections::remove(host_api::ConnectionId id) {
    return change("remove store connection", id, "DELETE FROM store_connections WHERE id = ?1", [](Statement&) {});
}

host_api::Result<std::optional<StoredConnection>> StoreConnections::find(host_api::ConnectionId id) {
    return db_.call("read store connection", [&]() -> host_api::Result<std::optional<StoredConnection>> {
        auto statement = db_.prepare(std::string(k_connection_select) + "WHERE id = ?1");
        statement.bind_int64(1, id);
        if (!statement.step()) return std::optional<StoredConnection>();
        return std::optional<StoredConnection>(connection_from_row(statement));
    });
}

host_api::Result<std::vector<StoredConnection>> StoreConnections::list(const std::string& plugin_id) {
    return db_.call("list store connections", [&]() -> host_api::Result<std::vector<StoredConnection>> {
        auto statement = db_.prepare(std::string(k_connection_select) + "WHERE ?1 = '' OR plugin_id = ?1 ORDER BY id");
        statement.bind_text(1, plugin_id);
        std::vector<StoredConnection> connections;
        while (statement.step()) connections.push_back(connection_from_row(statement));
        return connections;
    });
}

host_api::Result<void> StoreConnections::set_notice(host_api::ConnectionId id, const std::string& topic,
                                                    const std::string& text,
                                                    std::optional<host_api::Progress> progress) {
    return db_.call("write connection notice", [&]() -> host_api::Result<void> {
        if (text.empty()) {
            db_.prepare("DELETE FROM connection_notices WHERE connection_id = ?1 AND topic = ?2")
                .bind_int64(1, id)
                .bind_text(2, topic)
                .run();
            return host_api::success();
        }
        db_.prepare(
               "INSERT INTO connection_notices (connection_id, topic, text, updated_at, progress_done, progress_total) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
               "ON CONFLICT (connection_id, topic) DO UPDATE SET text = excluded.text, updated_at = "
               "excluded.updated_at, progress_done = excluded.progress_done, progress_total = excluded.progress_total")
            .bind_int64(1, id)
            .bind_text(2, topic)
            .bind_text(3, text)
            .bind_int64(4, host_api::now().time_since_epoch().count())
            .bind_optional_int64(5, progress ? std::optional<std::int64_t>(progress->done) : std::nullopt)
            .bind_optional_int64(6, progress ? std::optional<std::int64_t>(progress->total) : std::nullopt)
            .run();
        return host_api::success();
    });
}

host_api::Result<std::vector<std::pair<std::string, std::string>>> StoreConnections::notices(
    host_api::ConnectionId id) {
    using Notices = std::vector<std::pair<std::string, std::string>>;
    return db_.call("read connection notices", [&]() -> host_api::Result<Notices> {
        auto statement =
            db_.prepare("SELECT topic, text FROM connection_notices WHERE connection_id = ?1 ORDER BY topic");
        statement.bind_int64(1, id);
        Notices notices;
        while (statement.step()) notices.emplace_back(statement.column_text(0), statement.column_text(1));
        return notices;
    });
}

host_api::Result<std::vector<std::pair<std::string, host_api::Progress>>> StoreConnections::progress(
    host_api::ConnectionId id) {
    using Bars = std::vector<std::pair<std::string, host_api::Progress>>;
    return db_.call("read connection progress", [&]() -> host_api::Result<Bars> {
        auto statement = db_.prepare(
            "SELECT topic, progress_done, progress_total FROM connection_notices "
            "WHERE connection_id = ?1 AND progress_total IS NOT NULL ORDER BY topic");
        statement.bind_int64(1, id);
        Bars bars;
        while (statement.step())
            bars.emplace_back(statement.column_text(0),
                              host_api::Progress{statement.column_int64(1), statement.column_int64(2)});
        return bars;
    });
}

}  // namespace host::store
