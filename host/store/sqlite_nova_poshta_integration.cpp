#include "host/store/sqlite_nova_poshta_integration.hpp"

#include "host/store/transaction_scope.hpp"

namespace host::store {

namespace {

void read_rules(Database& db, host_api::NovaPoshtaSettings& settings) {
    auto statement = db.prepare("SELECT status_code, order_status FROM nova_poshta_status_rules ORDER BY position");
    while (statement.step()) settings.status_rules.push_back({statement.column_text(0), statement.column_text(1)});
}

void write_rules(Database& db, const std::vector<host_api::NovaPoshtaStatusRule>& rules) {
    db.execute("DELETE FROM nova_poshta_status_rules");
    for (std::size_t i = 0; i < rules.size(); ++i)
        db.prepare("INSERT INTO nova_poshta_status_rules (position, status_code, order_status) VALUES (?1, ?2, ?3)")
            .bind_int64(1, static_cast<std::int64_t>(i))
            .bind_text(2, rules[i].status_code)
            .bind_text(3, rules[i].order_status)
            .run();
}

}  // namespace

host_api::Result<host_api::NovaPoshtaSettings> SqliteNovaPoshtaIntegration::nova_poshta_settings() {
    return db_.call("read Nova Poshta settings", [&]() -> host_api::Result<host_api::NovaPoshtaSettings> {
        auto statement = db_.prepare(
            "SELECT enabled, api_key, sender_name, sender_phone, sender_city, sender_branch, "
            "tracking_interval_seconds, api_url, ca_file FROM nova_poshta_settings WHERE id = 1");
        host_api::NovaPoshtaSettings settings;
        if (statement.step()) {
            settings.enabled = statement.column_bool(0);
            settings.api_key = statement.column_text(1);
            settings.sender_name = statement.column_text(2);
            settings.sender_phone = statement.column_text(3);
            settings.sender_city = statement.column_text(4);
            settings.sender_branch = statement.column_text(5);
            settings.tracking_interval_seconds = static_cast<int>(statement.column_int64(6));
            settings.api_url = statement.column_text(7);
            settings.ca_file = statement.column_text(8);
        }
        read_rules(db_, settings);
        return settings;
    });
}

host_api::Result<void> SqliteNovaPoshtaIntegration::save(const host_api::NovaPoshtaSettings& settings) {
    return db_.call("save Nova Poshta settings", [&]() -> host_api::Result<void> {
        if (settings.tracking_interval_seconds <= 0)
            return host_api::permanent_error("save Nova Poshta settings: the tracking interval must be positive");
        TransactionScope scope(db_);
        db_.prepare(
               "INSERT OR REPLACE INTO nova_poshta_settings (id, enabled, api_key, sender_name, sender_phone, "
               "sender_city, sender_branch, tracking_interval_seconds, api_url, ca_file) "
               "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
            .bind_bool(1, settings.enabled)
            .bind_text(2, settings.api_key)
            .bind_text(3, settings.sender_name)
            .bind_text(4, settings.sender_phone)
            .bind_text(5, settings.sender_city)
            .bind_text(6, settings.sender_branch)
            .bind_int64(7, settings.tracking_interval_seconds)
            .bind_text(8, settings.api_url)
            .bind_text(9, settings.ca_file)
            .run();
        write_rules(db_, settings.status_rules);
        scope.commit();
        return host_api::success();
    });
}

}  // namespace host::store
