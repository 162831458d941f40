#pragma once
// The host's orders table (R4): every order with its items, filtered by where it came
// from. Host only; the dumps and the pages read it.
#include <vector>

#include "host/store/database.hpp"
#include "host_api/orders.hpp"

namespace host::store {

// R4's "Store" filter: orders made in the host, orders from integrations, or all.
enum class OrderSource { all, host, integrations };

class OrderListing {
public:
    explicit OrderListing(Database& db) : db_(db) {}

    // By id; with `store` set, only that store's orders.
    host_api::Result<std::vector<host_api::Order>> list(OrderSource source = OrderSource::all,
                                                        const std::string& store = "");

private:
    Database& db_;
};

}  // namespace host::store
