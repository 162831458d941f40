#pragma once
// Orders: order types with their ordered statuses, orders with their origin and items.
#include <optional>
#include <string>
#include <vector>

#include "host_api/ids.hpp"
#include "host_api/money.hpp"
#include "host_api/result.hpp"
#include "host_api/time.hpp"

namespace host_api {

struct OrderStatus {
    StatusId id = 0;
    std::string name;
};

struct OrderType {
    OrderTypeId id = 0;
    std::string name;
    std::vector<OrderStatus> statuses;  // in order; the first is the initial status (R8)
};

// Where an order came from (R9). Orders made in the host have none.
struct OrderOrigin {
    std::string store;         // the store's display name (R5)
    std::string external_id;   // the platform's order id, as a string (ids exceed 2^53)
    std::string external_url;  // opens the order in the platform's admin (R5)
    Timestamp created_external{};
    Timestamp last_synced{};
};

struct OrderItem {
    ItemId id = 0;
    OrderId order_id = 0;
    std::optional<ProductId> product_id;  // none for a custom line (R22)
    std::string name;
    std::string article;
    std::string code;
    std::int64_t quantity = 0;
    Money price;
    bool written_off = false;  // taken out of stock (R23)
};

struct Order {
    OrderId id = 0;
    std::string number;
    OrderTypeId order_type_id = 0;
    StatusId status_id = 0;
    std::optional<ContactId> client_id;  // none: the client is "Not set" (R25)
    std::optional<OrderOrigin> origin;
    Money total;
    Timestamp created_at{};
    std::vector<OrderItem> items;
};

struct NewOrder {
    std::string number;  // empty: the host gives the next number of its own
    OrderTypeId order_type_id = 0;
    std::optional<ContactId> client_id;
    std::optional<OrderOrigin> origin;
    Money total;
    Timestamp created_at{};  // left at the epoch: now
};

class OrderBook {
public:
    virtual ~OrderBook() = default;

    virtual Result<std::vector<OrderType>> order_types() = 0;
    virtual Result<std::optional<Order>> find_order(OrderId id) = 0;
    virtual Result<std::optional<Order>> find_by_origin(const std::string& store, const std::string& external_id) = 0;
    // The new order starts in the initial status of its order type (R8).
    virtual Result<OrderId> create_order(const NewOrder& order) = 0;
    // Writes number, client, total and origin; items and status have calls of their own.
    virtual Result<void> update_order(const Order& order) = 0;
    virtual Result<void> set_status(OrderId id, StatusId status) = 0;
    virtual Result<ItemId> add_item(const OrderItem& item) = 0;
    // Refused for an item already written off (R23).
    virtual Result<void> update_item(const OrderItem& item) = 0;
    virtual Result<void> write_off_item(ItemId id) = 0;
};

}  // namespace host_api
