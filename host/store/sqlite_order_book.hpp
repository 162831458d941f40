#pragma once
// host_api::OrderBook over the host database: order types with their statuses, orders
// with their origin and items (R8-R11, R22, R23).
#include "host/store/database.hpp"
#include "host_api/orders.hpp"

namespace host::store {

class SqliteOrderBook final : public host_api::OrderBook {
public:
    explicit SqliteOrderBook(Database& db) : db_(db) {}

    host_api::Result<std::vector<host_api::OrderType>> order_types() override;
    host_api::Result<std::optional<host_api::Order>> find_order(host_api::OrderId id) override;
    host_api::Result<std::optional<host_api::Order>> find_by_origin(const std::string& store,
                                                                    const std::string& external_id) override;
    // An empty number takes the host's next number ("1", "2", ...); created_at left at the
    // epoch means now. An origin must name its store and external id, unique among orders.
    host_api::Result<host_api::OrderId> create_order(const host_api::NewOrder& order) override;
    host_api::Result<void> update_order(const host_api::Order& order) override;
    // The status must belong to the order's own type.
    host_api::Result<void> set_status(host_api::OrderId id, host_api::StatusId status) override;
    host_api::Result<host_api::ItemId> add_item(const host_api::OrderItem& item) override;
    // Writes product, name, article, code, quantity and price; never the write-off flag.
    host_api::Result<void> update_item(const host_api::OrderItem& item) override;
    host_api::Result<void> write_off_item(host_api::ItemId id) override;
    // Host only: the order an item belongs to (the pages write items off by item id).
    host_api::Result<std::optional<host_api::OrderId>> order_of_item(host_api::ItemId id);
    // Host only: a store renamed; its orders name it by its new name. An order whose
    // external id the new name already has keeps the old one rather than clash with it.
    host_api::Result<void> rename_origin_store(const std::string& from, const std::string& to);

private:
    std::optional<host_api::Order> read_order(Statement& statement);
    std::optional<host_api::StatusId> initial_status(host_api::OrderTypeId type);
    std::string next_number();

    Database& db_;
};

}  // namespace host::store
