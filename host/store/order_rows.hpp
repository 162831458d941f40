#pragma once
// How an order and its items are read back from their rows; shared by SqliteOrderBook and
// OrderListing so both return the same Order.
#include <vector>

#include "host/store/database.hpp"
#include "host_api/orders.hpp"

namespace host::store {

// The columns order_from_row reads, in its order: "SELECT " + k_order_columns + " FROM orders".
inline constexpr const char* k_order_columns =
    "id, number, order_type_id, status_id, client_id, origin_store, external_id, external_url, "
    "created_external, last_synced, total_minor, currency, created_at";

host_api::Order order_from_row(const Statement& row);  // without items
std::vector<host_api::OrderItem> items_of_order(Database& db, host_api::OrderId order);

}  // namespace host::store
