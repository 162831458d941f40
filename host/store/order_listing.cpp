#include "host/store/order_listing.hpp"

#include "host/store/order_rows.hpp"

namespace host::store {

namespace {

const char* source_condition(OrderSource source) {
    switch (source) {
        case OrderSource::host:
            return "origin_store IS NULL";
        case OrderSource::integrations:
            return "origin_store IS NOT NULL";
        case OrderSource::all:
            break;
    }
    return "1";
}

std::string digits_of(const std::string& text) {
    std::string digits;
    for (const char c : text)
        if (c >= '0' && c <= '9') digits.push_back(c);
    return digits;
}

// The search text as a LIKE pattern that matches it literally: '%' and '_' typed in the
// search box are characters of a name ("50% off"), not wildcards.
std::string like_literal(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (c == '\\' || c == '%' || c == '_') out.push_back('\\');
        out.push_back(c);
    }
    return out;
}

// ?1 the search text (escaped by like_literal); ?2 its digits, for phones written with
// spaces, dashes or +380.
constexpr const char* k_table_search =
    " AND (?1 = '' OR o.number LIKE '%' || ?1 || '%' ESCAPE '\\'"
    " OR (c.first_name || ' ' || c.last_name) LIKE '%' || ?1 || '%' ESCAPE '\\'"
    " OR (?2 <> '' AND replace(replace(replace(c.phone, '+', ''), ' ', ''), '-', '') LIKE '%' || ?2 || '%'))";

constexpr const char* k_table_from =
    " FROM orders o LEFT JOIN contacts c ON c.id = o.client_id"
    " JOIN order_statuses s ON s.id = o.status_id WHERE ";

OrderTableRow table_row(const Statement& row) {
    OrderTableRow out;
    out.id = row.column_int64(0);
    out.number = row.column_text(1);
    out.created_at = row.column_time(2);
    out.client_name = row.column_text(3);
    out.client_phone = row.column_text(4);
    out.total = host_api::Money{row.column_int64(5), row.column_text(6)};
    out.status = row.column_text(7);
    if (!row.column_is_null(8))
        out.origin = host_api::OrderOrigin{row.column_text(8), row.column_text(9), row.column_text(10),
                                           row.column_time(11), row.column_time(12)};
    out.has_waybill = row.column_int64(13) != 0;
    return out;
}

}  // namespace

host_api::Result<OrderTablePage> OrderListing::table(const OrderTableQuery& query) {
    return db_.call("read the orders table", [&]() -> host_api::Result<OrderTablePage> {
        const std::string where = std::string(source_condition(query.source)) + k_table_search;
        OrderTablePage page;
        auto count = db_.prepare(std::string("SELECT COUNT(*)") + k_table_from + where);
        const auto pattern = like_literal(query.search);
        count.bind_text(1, pattern).bind_text(2, digits_of(query.search));
        count.step();
        page.total = count.column_int64(0);
        auto rows = db_.prepare(
            std::string("SELECT o.id, o.number, o.created_at, trim(coalesce(c.first_name, '') || ' ' || "
                        "coalesce(c.last_name, '')), coalesce(c.phone, ''), o.total_minor, o.currency, s.name, "
                        "o.origin_store, o.external_id, o.external_url, o.created_external, o.last_synced, "
                        "EXISTS (SELECT 1 FROM waybills w WHERE w.order_id = o.id)") +
            k_table_from + where + " ORDER BY o.created_at DESC, o.id DESC LIMIT ?3 OFFSET ?4");
        rows.bind_text(1, pattern)
            .bind_text(2, digits_of(query.search))
            .bind_int64(3, query.per_page)
            .bind_int64(4, static_cast<std::int64_t>(query.page - 1) * query.per_page);
        while (rows.step()) page.rows.push_back(table_row(rows));
        return page;
    });
}

host_api::Result<std::vector<std::string>> OrderListing::stores() {
    return db_.call("list order stores", [&]() -> host_api::Result<std::vector<std::string>> {
        auto statement =
            db_.prepare("SELECT DISTINCT origin_store FROM orders WHERE origin_store IS NOT NULL ORDER BY 1");
        std::vector<std::string> names;
        while (statement.step()) names.push_back(statement.column_text(0));
        return names;
    });
}

host_api::Result<std::vector<host_api::Order>> OrderListing::list(OrderSource source, const std::string& store) {
    return db_.call("list orders", [&]() -> host_api::Result<std::vector<host_api::Order>> {
        auto statement = db_.prepare(std::string("SELECT ") + k_order_columns + " FROM orders WHERE " +
                                     source_condition(source) + " AND (?1 = '' OR origin_store = ?1) ORDER BY id");
        statement.bind_text(1, store);
        std::vector<host_api::Order> orders;
        while (statement.step()) orders.push_back(order_from_row(statement));
        for (auto& order : orders) order.items = items_of_order(db_, order.id);
        return orders;
    });
}

}  // namespace host::store
