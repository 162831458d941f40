#include "host/store/sqlite_waybills.hpp"

#include "host/store/transaction_scope.hpp"

namespace host::store {

namespace {

constexpr const char* k_waybill_select =
    "SELECT id, order_id, number, carrier, status, status_code, recipient_name, recipient_phone, city, branch, "
    "sender_name, sender_phone, sender_city, sender_branch, cost_minor, currency, tracking_open, created_at, "
    "updated_at FROM waybills ";

host_api::Waybill waybill_from_row(const Statement& row) {
    host_api::Waybill waybill;
    waybill.id = row.column_int64(0);
    waybill.order_id = row.column_int64(1);
    waybill.number = row.column_text(2);
    waybill.carrier = row.column_text(3);
    waybill.status = row.column_text(4);
    waybill.status_code = row.column_text(5);
    waybill.recipient_name = row.column_text(6);
    waybill.recipient_phone = row.column_text(7);
    waybill.city = row.column_text(8);
    waybill.branch = row.column_text(9);
    waybill.sender_name = row.column_text(10);
    waybill.sender_phone = row.column_text(11);
    waybill.sender_city = row.column_text(12);
    waybill.sender_branch = row.column_text(13);
    waybill.cost = {row.column_int64(14), row.column_text(15)};
    waybill.tracking_open = row.column_bool(16);
    waybill.created_at = row.column_time(17);
    waybill.updated_at = row.column_time(18);
    return waybill;
}

// Parameters ?2 .. ?17: every field a create or an update writes.
void bind_fields(Statement& statement, const host_api::Waybill& waybill) {
    statement.bind_text(2, waybill.number)
        .bind_text(3, waybill.carrier)
        .bind_text(4, waybill.status)
        .bind_text(5, waybill.status_code)
        .bind_text(6, waybill.recipient_name)
        .bind_text(7, waybill.recipient_phone)
        .bind_text(8, waybill.city)
        .bind_text(9, waybill.branch)
        .bind_text(10, waybill.sender_name)
        .bind_text(11, waybill.sender_phone)
        .bind_text(12, waybill.sender_city)
        .bind_text(13, waybill.sender_branch)
        .bind_int64(14, waybill.cost.minor_units)
        .bind_text(15, waybill.cost.currency)
        .bind_bool(16, waybill.tracking_open)
        .bind_time(17, host_api::now());
}

}  // namespace

void SqliteWaybills::add_history(host_api::WaybillId id, const host_api::Waybill& waybill, host_api::Timestamp at) {
    db_.prepare(
           "INSERT INTO waybill_status_history (waybill_id, status_code, status, changed_at) VALUES (?1, ?2, ?3, ?4)")
        .bind_int64(1, id)
        .bind_text(2, waybill.status_code)
        .bind_text(3, waybill.status)
        .bind_time(4, at)
        .run();
}

host_api::Result<host_api::WaybillId> SqliteWaybills::create_waybill(const host_api::Waybill& waybill) {
    return db_.call("create waybill", [&]() -> host_api::Result<host_api::WaybillId> {
        TransactionScope scope(db_);
        auto known = db_.prepare("SELECT 1 FROM orders WHERE id = ?1");
        known.bind_int64(1, waybill.order_id);
        if (!known.step())
            return host_api::permanent_error("create waybill: no order " + std::to_string(waybill.order_id));
        auto statement = db_.prepare(
            "INSERT INTO waybills (order_id, number, carrier, status, status_code, recipient_name, recipient_phone, "
            "city, branch, sender_name, sender_phone, sender_city, sender_branch, cost_minor, currency, "
            "tracking_open, updated_at, created_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?17)");
        statement.bind_int64(1, waybill.order_id);
        bind_fields(statement, waybill);
        statement.run();
        const auto id = db_.last_insert_id();
        if (!waybill.status.empty() || !waybill.status_code.empty()) add_history(id, waybill, host_api::now());
        scope.commit();
        return id;
    });
}

host_api::Result<void> SqliteWaybills::update_waybill(const host_api::Waybill& waybill) {
    return db_.call("update waybill", [&]() -> host_api::Result<void> {
        TransactionScope scope(db_);
        auto current = db_.prepare("SELECT status, status_code FROM waybills WHERE id = ?1");
        current.bind_int64(1, waybill.id);
        if (!current.step())
            return host_api::permanent_error("update waybill: no waybill " + std::to_string(waybill.id));
        const bool status_changed =
            current.column_text(0) != waybill.status || current.column_text(1) != waybill.status_code;
        auto statement = db_.prepare(
            "UPDATE waybills SET number = ?2, carrier = ?3, status = ?4, status_code = ?5, recipient_name = ?6, "
            "recipient_phone = ?7, city = ?8, branch = ?9, sender_name = ?10, sender_phone = ?11, "
            "sender_city = ?12, sender_branch = ?13, cost_minor = ?14, currency = ?15, tracking_open = ?16, "
            "updated_at = ?17 WHERE id = ?1");
        statement.bind_int64(1, waybill.id);
        bind_fields(statement, waybill);
        statement.run();
        if (status_changed) add_history(waybill.id, waybill, host_api::now());
        scope.commit();
        return host_api::success();
    });
}

std::vector<host_api::Waybill> SqliteWaybills::select(const std::string& where,
                                                      const std::function<void(Statement&)>& bind) {
    auto statement = db_.prepare(k_waybill_select + where);
    bind(statement);
    std::vector<host_api::Waybill> waybills;
    while (statement.step()) waybills.push_back(waybill_from_row(statement));
    return waybills;
}

host_api::Result<std::optional<host_api::Waybill>> SqliteWaybills::waybill(host_api::WaybillId id) {
    return db_.call("read waybill", [&]() -> host_api::Result<std::optional<host_api::Waybill>> {
        auto found = select("WHERE id = ?1", [&](Statement& s) { s.bind_int64(1, id); });
        if (found.empty()) return std::optional<host_api::Waybill>();
        return std::optional<host_api::Waybill>(std::move(found.front()));
    });
}

host_api::Result<std::vector<host_api::Waybill>> SqliteWaybills::waybills_of_order(host_api::OrderId order) {
    return db_.call("read waybills of order", [&]() -> host_api::Result<std::vector<host_api::Waybill>> {
        return select("WHERE order_id = ?1 ORDER BY id", [&](Statement& s) { s.bind_int64(1, order); });
    });
}

host_api::Result<std::vector<host_api::Waybill>> SqliteWaybills::open_waybills(const std::string& carrier) {
    return db_.call("read open waybills", [&]() -> host_api::Result<std::vector<host_api::Waybill>> {
        return select("WHERE carrier = ?1 AND tracking_open = 1 ORDER BY id",
                      [&](Statement& s) { s.bind_text(1, carrier); });
    });
}

host_api::Result<std::vector<host_api::WaybillStatusChange>> SqliteWaybills::status_history(host_api::WaybillId id) {
    return db_.call(
        "read waybill status history", [&]() -> host_api::Result<std::vector<host_api::WaybillStatusChange>> {
            auto statement = db_.prepare(
                "SELECT status_code, status, changed_at FROM waybill_status_history WHERE waybill_id = ?1 ORDER BY id");
            statement.bind_int64(1, id);
            std::vector<host_api::WaybillStatusChange> history;
            while (statement.step())
                history.push_back({statement.column_text(0), statement.column_text(1), statement.column_time(2)});
            return history;
        });
}

host_api::Result<std::vector<host_api::Waybill>> SqliteWaybills::all_waybills() {
    return db_.call("list waybills", [&]() -> host_api::Result<std::vector<host_api::Waybill>> {
        return select("ORDER BY id", [](Statement&) {});
    });
}

}  // namespace host::store
