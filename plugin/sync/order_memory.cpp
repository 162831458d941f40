#include "plugin/sync/order_memory.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string_view>

namespace shopify::sync {

std::string state_key(const char* kind, host_api::ConnectionId connection, const std::string& id) {
    return std::string(kind) + "/" + std::to_string(connection) + "/" + id;
}

namespace {

// The whole text as one number, or nothing: memory that cannot be read is not trusted.
std::optional<std::int64_t> whole_number(std::string_view digits) {
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
    if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
    return number;
}

// "<line id>:<item id>,..." (Shopify's numeric ids, so neither separator occurs in them).
std::optional<ItemsByLine> lines_from_text(std::string_view text) {
    ItemsByLine lines;
    while (!text.empty()) {
        const auto comma = std::min(text.find(','), text.size());
        const auto pair = text.substr(0, comma);
        const auto colon = pair.find(':');
        if (colon == std::string_view::npos) return std::nullopt;
        const auto item = whole_number(pair.substr(colon + 1));
        if (!item) return std::nullopt;
        lines.emplace(std::string(pair.substr(0, colon)), *item);
        text.remove_prefix(std::min(comma + 1, text.size()));
    }
    return lines;
}

std::string lines_to_text(const ItemsByLine& lines) {
    std::string text;
    for (const auto& [line, item] : lines) {
        if (!text.empty()) text += ',';
        text.append(line).append(1, ':').append(std::to_string(item));
    }
    return text;
}

}  // namespace

// "<updated at>|<host order>|<lines>"; memory written before the lines were kept has no
// third part.
host_api::Result<std::optional<OrderMemory>> recall_order(host_api::PluginState& state,
                                                          host_api::ConnectionId connection,
                                                          const std::string& order_id) {
    auto value = state.get(state_key("order", connection, order_id));
    if (!value) return value.error();
    if (!*value) return std::optional<OrderMemory>{};
    const std::string_view text = **value;
    const auto bar = text.find('|');
    if (bar == std::string_view::npos) return std::optional<OrderMemory>{};
    const auto second_bar = text.find('|', bar + 1);
    auto updated = host_api::parse_iso8601(text.substr(0, bar));
    const auto host_order =
        whole_number(text.substr(bar + 1, second_bar - bar - 1));  // to the end when there is no second bar
    if (!updated || !host_order) return std::optional<OrderMemory>{};
    OrderMemory memory;
    memory.updated_at = *updated;
    memory.host_order = *host_order;
    if (second_bar == std::string_view::npos) {
        memory.lines_known = false;
        return std::optional<OrderMemory>{std::move(memory)};
    }
    auto lines = lines_from_text(text.substr(second_bar + 1));
    if (lines) memory.items_by_line = std::move(*lines);
    memory.lines_known = lines.has_value();  // unreadable: as if written before
    return std::optional<OrderMemory>{std::move(memory)};
}

host_api::Result<void> remember_order(host_api::PluginState& state, host_api::ConnectionId connection,
                                      const std::string& order_id, const OrderMemory& memory) {
    return state.put(state_key("order", connection, order_id), host_api::format_iso8601(memory.updated_at) + "|" +
                                                                   std::to_string(memory.host_order) + "|" +
                                                                   lines_to_text(memory.items_by_line));
}

}  // namespace shopify::sync
