#pragma once
// The orders the reliability suites bring to the host: each has a client with a phone,
// two line items and a delivery by a carrier the generic adapter writes as a feed
// comment, so that a lost or doubled client, item or delivery shows in the database.
#include <cstddef>
#include <cstdint>
#include <string>

namespace reliability {

inline constexpr const char* k_carrier = "Укрпошта";
inline constexpr std::size_t k_items_per_order = 2;

// The Shopify id of the n-th order of a suite that starts its ids at `first_id`.
std::int64_t order_id(std::int64_t first_id, int n);
// A REST order (a webhook body) with that id; 500 clients by phone, 200 products.
std::string order_json(std::int64_t id);

}  // namespace reliability
