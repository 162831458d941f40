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

}  // namespace

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
