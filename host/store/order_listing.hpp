#pragma once
// The host's orders table (R4): every order with its items, filtered by where it came
// from. Host only; the dumps and the pages read it.
#include <optional>
#include <string>
#include <vector>

#include "host/store/database.hpp"
#include "host_api/orders.hpp"

namespace host::store {

// R4's "Store" filter: orders made in the host, orders from integrations, or all.
enum class OrderSource { all, host, integrations };

// One page of the orders table as the pages show it (R4, R5).
struct OrderTableQuery {
    OrderSource source = OrderSource::all;
    std::string search;  // number, client name or phone; "" for every order
    int page = 1;        // from 1
    int per_page = 25;
};

struct OrderTableRow {
    host_api::OrderId id = 0;
    std::string number;
    host_api::Timestamp created_at{};
    std::string client_name;  // "" without a client
    std::string client_phone;
    host_api::Money total;
    std::string status;
    std::optional<host_api::OrderOrigin> origin;
    bool has_waybill = false;
};

struct OrderTablePage {
    std::vector<OrderTableRow> rows;  // newest first
    std::int64_t total = 0;           // rows matching the query, on every page
};

class OrderListing {
public:
    explicit OrderListing(Database& db) : db_(db) {}

    // By id; with `store` set, only that store's orders.
    host_api::Result<std::vector<host_api::Order>> list(OrderSource source = OrderSource::all,
                                                        const std::string& store = "");

    host_api::Result<OrderTablePage> table(const OrderTableQuery& query);
    // The names of the stores orders came from, for the Store filter.
    host_api::Result<std::vector<std::string>> stores();

private:
    Database& db_;
};

}  // namespace host::store
