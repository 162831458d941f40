#include "host/store/sqlite_order_book.hpp"

#include <optional>

#include "host/store/order_rows.hpp"
#include "host/store/transaction_scope.hpp"

namespace host::store {

namespace {

std::string origin_text(const std::string& store, const std::string& external_id) {
    return "store '" + store + "', external id '" + external_id + "'";
}

host_api::Error duplicate_origin(const host_api::OrderOrigin& origin) {
    return host_api::permanent_error("an order from " + origin_text(origin.store, origin.external_id) +
                                     " already exists");
}

host_api::Timestamp or_now(host_api::Timestamp t) { return t == host_api::Timestamp{} ? host_api::now() : t; }

void bind_origin(Statement& statement, int first, const std::optional<host_api::OrderOrigin>& origin) {
    if (!origin) {
        for (int i = 0; i < 5; ++i) statement.bind_null(first + i);
        return;
    }
    statement.bind_text(first, origin->store)
        .bind_text(first + 1, origin->external_id)
        .bind_text(first + 2, origin->external_url)
        .bind_time(first + 3, origin->created_external)
        .bind_time(first + 4, origin->last_synced);
}

bool origin_incomplete(const std::optional<host_api::OrderOrigin>& origin) {
    return origin && (origin->store.empty() || origin->external_id.empty());
}

bool exists(Database& db, const char* sql, std::int64_t id) {
    auto statement = db.prepare(sql);
    statement.bind_int64(1, id);
    return statement.step();
}

}  // namespace

host_api::Result<std::vector<host_api::OrderType>> SqliteOrderBook::order_types() {
    return db_.call("read order types", [&]() -> host_api::Result<std::vector<host_api::OrderType>> {
        auto statement = db_.prepare(
            "SELECT t.id, t.name, s.id, s.name FROM order_types t "
            "LEFT JOIN order_statuses s ON s.order_type_id = t.id ORDER BY t.id, s.position");
        std::vector<host_api::OrderType> types;
        while (statement.step()) {
            if (types.empty() || types.back().id != statement.column_int64(0))
                types.push_back({statement.column_int64(0), statement.column_text(1), {}});
            if (!statement.column_is_null(2))
                types.back().statuses.push_back({statement.column_int64(2), statement.column_text(3)});
        }
        return types;
    });
}

std::optional<host_api::Order> SqliteOrderBook::read_order(Statement& statement) {
    if (!statement.step()) return std::nullopt;
    auto order = order_from_row(statement);
    order.items = items_of_order(db_, order.id);
    return order;
}

host_api::Result<std::optional<host_api::Order>> SqliteOrderBook::find_order(host_api::OrderId id) {
    return db_.call("find order", [&]() -> host_api::Result<std::optional<host_api::Order>> {
        auto statement = db_.prepare(std::string("SELECT ") + k_order_columns + " FROM orders WHERE id = ?1");
        statement.bind_int64(1, id);
        return read_order(statement);
    });
}

host_api::Result<std::optional<host_api::Order>> SqliteOrderBook::find_by_origin(const std::string& store,
                                                                                 const std::string& external_id) {
    return db_.call("find order by origin", [&]() -> host_api::Result<std::optional<host_api::Order>> {
        auto statement = db_.prepare(std::string("SELECT ") + k_order_columns +
                                     " FROM orders WHERE origin_store = ?1 AND external_id = ?2");
        statement.bind_text(1, store).bind_text(2, external_id);
        return read_order(statement);
    });
}

std::optional<host_api::StatusId> SqliteOrderBook::initial_status(host_api::OrderTypeId type) {
    auto statement = db_.prepare("SELECT id FROM order_statuses WHERE order_type_id = ?1 ORDER BY position LIMIT 1");
    statement.bind_int64(1, type);
    if (!statement.step()) return std::nullopt;
    return statement.column_int64(0);
}

std::string SqliteOrderBook::next_number() {
    auto statement = db_.prepare("UPDATE counters SET value = value + 1 WHERE name = 'order_number' RETURNING value");
    statement.step();
    const auto number = statement.column_int64(0);
    statement.run();
    return std::to_string(number);
}

host_api::Result<host_api::OrderId> SqliteOrderBook::create_order(const host_api::NewOrder& order) {
    return db_.call("create order", [&]() -> host_api::Result<host_api::OrderId> {
        if (origin_incomplete(order.origin))
            return host_api::permanent_error("create order: an order origin needs a store and an external id");
        // A number drawn from the counter and the order that takes it are written together;
        // an order that brings its own number (every import does) is one INSERT, atomic
        // alone, and needs no savepoint around it.
        std::optional<TransactionScope> scope;
        if (order.number.empty()) scope.emplace(db_);
        const auto status = initial_status(order.order_type_id);
        if (!status)
            return host_api::permanent_error("create order: order type " + std::to_string(order.order_type_id) +
                                             " does not exist or has no statuses");
        auto statement = db_.prepare(
            "INSERT INTO orders (number, order_type_id, status_id, client_id, origin_store, external_id, "
            "external_url, created_external, last_synced, total_minor, currency, created_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        statement.bind_text(1, order.number.empty() ? next_number() : order.number)
            .bind_int64(2, order.order_type_id)
            .bind_int64(3, *status)
            .bind_optional_int64(4, order.client_id);
        bind_origin(statement, 5, order.origin);
        statement.bind_int64(10, order.total.minor_units)
            .bind_text(11, order.total.currency)
            .bind_time(12, or_now(order.created_at));
        try {  // the origin's unique index says whether it is taken: no read before each write
            statement.run();
        } catch (const SqliteError& e) {
            if (e.unique_violation() && order.origin) return duplicate_origin(*order.origin);
            throw;
        }
        const auto id = db_.last_insert_id();
        if (scope) scope->commit();
        return id;
    });
}

host_api::Result<void> SqliteOrderBook::update_order(const host_api::Order& order) {
    return db_.call("update order", [&]() -> host_api::Result<void> {
        if (origin_incomplete(order.origin))
            return host_api::permanent_error("update order: an order origin needs a store and an external id");
        auto statement = db_.prepare(
            "UPDATE orders SET number = ?2, client_id = ?3, origin_store = ?4, external_id = ?5, "
            "external_url = ?6, created_external = ?7, last_synced = ?8, total_minor = ?9, currency = ?10 "
            "WHERE id = ?1");
        statement.bind_int64(1, order.id).bind_text(2, order.number).bind_optional_int64(3, order.client_id);
        bind_origin(statement, 4, order.origin);
        statement.bind_int64(9, order.total.minor_units).bind_text(10, order.total.currency);
        try {
            statement.run();
        } catch (const SqliteError& e) {
            if (e.unique_violation() && order.origin) return duplicate_origin(*order.origin);
            throw;
        }
        if (db_.changes() == 0) return host_api::permanent_error("update order: no order " + std::to_string(order.id));
        return host_api::success();
    });
}

host_api::Result<void> SqliteOrderBook::rename_origin_store(const std::string& from, const std::string& to) {
    return db_.call("rename origin store", [&]() -> host_api::Result<void> {
        db_.prepare("UPDATE OR IGNORE orders SET origin_store = ?2 WHERE origin_store = ?1")
            .bind_text(1, from)
            .bind_text(2, to)
            .run();
        return host_api::success();
    });
}

host_api::Result<void> SqliteOrderBook::set_status(host_api::OrderId id, host_api::StatusId status) {
    return db_.call("set order status", [&]() -> host_api::Result<void> {
        auto statement = db_.prepare(
            "UPDATE orders SET status_id = ?2 WHERE id = ?1 AND EXISTS (SELECT 1 FROM order_statuses s "
            "WHERE s.id = ?2 AND s.order_type_id = orders.order_type_id)");
        statement.bind_int64(1, id).bind_int64(2, status).run();
        if (db_.changes() > 0) return host_api::success();
        if (!exists(db_, "SELECT 1 FROM orders WHERE id = ?1", id))
            return host_api::permanent_error("set order status: no order " + std::to_string(id));
        return host_api::permanent_error("set order status: status " + std::to_string(status) +
                                         " is not a status of order " + std::to_string(id) + "'s order type");
    });
}

host_api::Result<host_api::ItemId> SqliteOrderBook::add_item(const host_api::OrderItem& item) {
    return db_.call("add order item", [&]() -> host_api::Result<host_api::ItemId> {
        auto statement = db_.prepare(
            "INSERT INTO order_items (order_id, product_id, name, article, code, quantity, price_minor, "
            "currency, written_off) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        statement.bind_int64(1, item.order_id)
            .bind_optional_int64(2, item.product_id)
            .bind_text(3, item.name)
            .bind_text(4, item.article)
            .bind_text(5, item.code)
            .bind_int64(6, item.quantity)
            .bind_int64(7, item.price.minor_units)
            .bind_text(8, item.price.currency)
            .bind_bool(9, item.written_off);
        try {  // the foreign key checks the order: asked which one only when it fails
            statement.run();
        } catch (const SqliteError& e) {
            if (e.foreign_key_violation() && !exists(db_, "SELECT 1 FROM orders WHERE id = ?1", item.order_id))
                return host_api::permanent_error("add order item: no order " + std::to_string(item.order_id));
            throw;
        }
        return db_.last_insert_id();
    });
}

host_api::Result<void> SqliteOrderBook::update_item(const host_api::OrderItem& item) {
    return db_.call("update order item", [&]() -> host_api::Result<void> {
        auto current = db_.prepare("SELECT written_off FROM order_items WHERE id = ?1");
        current.bind_int64(1, item.id);
        if (!current.step())
            return host_api::permanent_error("update order item: no order item " + std::to_string(item.id));
        // R23: once the goods left stock, the item's quantity and price are what was written off.
        if (current.column_bool(0))
            return host_api::permanent_error("update order item: item " + std::to_string(item.id) +
                                             " is already written off and can no longer be changed");
        db_.prepare(
               "UPDATE order_items SET product_id = ?2, name = ?3, article = ?4, code = ?5, quantity = ?6, "
               "price_minor = ?7, currency = ?8 WHERE id = ?1")
            .bind_int64(1, item.id)
            .bind_optional_int64(2, item.product_id)
            .bind_text(3, item.name)
            .bind_text(4, item.article)
            .bind_text(5, item.code)
            .bind_int64(6, item.quantity)
            .bind_int64(7, item.price.minor_units)
            .bind_text(8, item.price.currency)
            .run();
        return host_api::success();
    });
}

host_api::Result<std::optional<host_api::OrderId>> SqliteOrderBook::order_of_item(host_api::ItemId id) {
    return db_.call("find the order of an item", [&]() -> host_api::Result<std::optional<host_api::OrderId>> {
        auto statement = db_.prepare("SELECT order_id FROM order_items WHERE id = ?1");
        statement.bind_int64(1, id);
        if (!statement.step()) return std::optional<host_api::OrderId>();
        return std::optional<host_api::OrderId>(statement.column_int64(0));
    });
}

host_api::Result<void> SqliteOrderBook::write_off_item(host_api::ItemId id) {
    return db_.call("write off order item", [&]() -> host_api::Result<void> {
        db_.prepare("UPDATE order_items SET written_off = 1 WHERE id = ?1").bind_int64(1, id).run();
        if (db_.changes() == 0)
            return host_api::permanent_error("write off order item: no order item " + std::to_string(id));
        return host_api::success();
    });
}

}  // namespace host::store
