#pragma once
// Cursors of orders(sortKey: UPDATED_AT): opaque to clients, as Shopify's are (base64
// JSON of the last order's sort value and id). A page starts after the position its
// cursor names, so an order changed between pages moves to the end instead of shifting
// the pages after it.
#include <optional>
#include <string>
#include <string_view>

#include "host_api/time.hpp"

namespace sim::shopify {

struct OrderPosition {
    host_api::Timestamp updated_at{};
    std::string id;  // decimal digits, exact

    // By updated_at, then by id as a number.
    bool operator<(const OrderPosition& other) const;
};

std::string order_cursor(const OrderPosition& position);
std::optional<OrderPosition> position_of_order_cursor(std::string_view cursor);

}  // namespace sim::shopify
