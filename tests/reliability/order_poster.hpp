#pragma once
// Creates orders in the local Shopify through its control API (POST /_sim/orders) from a
// few threads at once, as a busy shop would: every order sends its webhooks.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "tests/sim/shopify/shopify_sim.hpp"

namespace reliability {

struct PostedOrders {
    int created = 0;  // answered 201
    int refused = 0;  // any other answer, or no answer
};

// Posts order_json(ids(n)) for n in [0, count), `threads` at a time.
PostedOrders post_orders(sim::shopify::ShopifySim& shop, const std::filesystem::path& ca_file, int count,
                         const std::function<std::int64_t(int)>& ids, int threads = 4);

}  // namespace reliability
