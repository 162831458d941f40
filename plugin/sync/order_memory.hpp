#pragma once
// What the plugin remembers of each imported order (in its plugin state): the updatedAt it
// was imported at and the host order it became. The importer writes it; the webhook route
// and the importer read it to drop a state older than the one imported.
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "host_api/ids.hpp"
#include "host_api/plugin_state.hpp"
#include "host_api/time.hpp"

namespace shopify::sync {

// The host item each Shopify line item became, by line item id.
using ItemsByLine = std::map<std::string, host_api::ItemId, std::less<>>;

struct OrderMemory {
    host_api::Timestamp updated_at{};
    host_api::OrderId host_order = 0;
    // Kept with the order, so that an import writes one row of memory per order, not one
    // more per line. Memory written before lines were kept here has none (lines_known
    // false): its lines are under "line/<connection>/<line id>" of their own.
    ItemsByLine items_by_line;
    bool lines_known = true;
};

host_api::Result<std::optional<OrderMemory>> recall_order(host_api::PluginState& state,
                                                          host_api::ConnectionId connection,
                                                          const std::string& order_id);
host_api::Result<void> remember_order(host_api::PluginState& state, host_api::ConnectionId connection,
                                      const std::string& order_id, const OrderMemory& memory);

// "line/<connection>/<line id>" and the like: every key of the plugin's state about one
// Shopify object of one store.
std::string state_key(const char* kind, host_api::ConnectionId connection, const std::string& id);

}  // namespace shopify::sync
