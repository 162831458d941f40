#include "plugin/sync/order_memory.hpp"

namespace shopify::sync {

std::string state_key(const char* kind, host_api::ConnectionId connection, const std::string& id) {
    return std::string(kind) + "/" + std::to_string(connection) + "/" + id;
}

host_api::Result<std::optional<OrderMemory>> recall_order(host_api::PluginState& state,
                                                          host_api::ConnectionId connection,
                                                          const std::string& order_id) {
    auto value = state.get(state_key("order", connection, order_id));
    if (!value) return value.error();
    if (!*value) return std::optional<OrderMemory>{};
    const auto bar = (*value)->find('|');
    auto updated = host_api::parse_iso8601((*value)->substr(0, bar));
    if (bar == std::string::npos || !updated) return std::optional<OrderMemory>{};
    return std::optional<OrderMemory>{OrderMemory{*updated, std::stoll((*value)->substr(bar + 1))}};
}

host_api::Result<void> remember_order(host_api::PluginState& state, host_api::ConnectionId connection,
                                      const std::string& order_id, const OrderMemory& memory) {
    return state.put(state_key("order", connection, order_id),
                     host_api::format_iso8601(memory.updated_at) + "|" + std::to_string(memory.host_order));
}

}  // namespace shopify::sync
