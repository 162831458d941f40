#include "host/store/order_rows.hpp"

namespace host::store {

namespace {

host_api::OrderOrigin origin_from_row(const Statement& row) {
    host_api::OrderOrigin origin;
    origin.store = row.column_text(5);
    origin.external_id = row.column_text(6);
    origin.external_url = row.column_text(7);
    origin.created_external = row.column_time(8);
    origin.last_synced = row.column_time(9);
    return origin;
}

host_api::OrderItem item_from_row(const Statement& row) {
    host_api::OrderItem item;
    item.id = row.column_int64(0);
    item.order_id = row.column_int64(1);
    item.product_id = row.column_optional_int64(2);
    item.name = row.column_text(3);
    item.article = row.column_text(4);
    item.code = row.column_text(5);
    item.quantity = row.column_int64(6);
    item.price = {row.column_int64(7), row.column_text(8)};
    item.written_off = row.column_bool(9);
    return item;
}

}  // namespace

host_api::Order order_from_row(const Statement& row) {
    host_api::Order order;
    order.id = row.column_int64(0);
    order.number = row.column_text(1);
    order.order_type_id = row.column_int64(2);
    order.status_id = row.column_int64(3);
    order.client_id = row.column_optional_int64(4);
    if (!row.column_is_null(5)) order.origin = origin_from_row(row);
    order.total = {row.column_int64(10), row.column_text(11)};
    order.created_at = row.column_time(12);
    return order;
}

std::vector<host_api::OrderItem> items_of_order(Database& db, host_api::OrderId order) {
    auto statement = db.prepare(
        "SELECT id, order_id, product_id, name, article, code, quantity, price_minor, currency, written_off "
        "FROM order_items WHERE order_id = ?1 ORDER BY id");
    statement.bind_int64(1, order);
    std::vector<host_api::OrderItem> items;
    while (statement.step()) items.push_back(item_from_row(statement));
    return items;
}

}  // namespace host::store
