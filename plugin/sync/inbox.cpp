#include "plugin/sync/inbox.hpp"

#include <atomic>
#include <chrono>

#include "host_api/time.hpp"

namespace shopify::sync {
namespace {

std::string prefix(host_api::ConnectionId connection) { return "inbox/" + std::to_string(connection) + "/"; }

// Unique per write, so finish() can tell a newer delivery from the one it read.
std::string entry_value(const std::string& reason) {
    static std::atomic<std::uint64_t> serial{0};
    const auto ticks = std::chrono::steady_clock::now().time_since_epoch().count();
    return reason + "|" + host_api::format_iso8601(host_api::now()) + "|" + std::to_string(ticks) + "." +
           std::to_string(serial.fetch_add(1));
}

}  // namespace

host_api::Result<void> Inbox::add(host_api::ConnectionId connection, const std::string& order_id,
                                  const std::string& reason) {
    return state_.put(prefix(connection) + order_id, entry_value(reason));
}

// Only the first few are read: a backlog of thousands is taken a few at a time, and
// reading all of it for each few would make draining it quadratic.
host_api::Result<std::vector<InboxEntry>> Inbox::pending(host_api::ConnectionId connection, std::size_t limit) {
    auto entries = state_.entries(prefix(connection), limit);
    if (!entries) return entries.error();
    std::vector<InboxEntry> out;
    for (auto& [key, value] : *entries) {
        const auto reason = value.substr(0, value.find('|'));
        out.push_back(InboxEntry{connection, key.substr(prefix(connection).size()), reason, value});
    }
    return out;
}

host_api::Result<std::size_t> Inbox::size(host_api::ConnectionId connection) {
    auto entries = state_.entries(prefix(connection));
    if (!entries) return entries.error();
    return entries->size();
}

host_api::Result<void> Inbox::finish(const InboxEntry& entry) {
    const auto key = prefix(entry.connection) + entry.order_id;
    auto current = state_.get(key);
    if (!current) return current.error();
    if (!*current || **current != entry.stored_value) return host_api::success();
    return state_.erase(key);
}

host_api::Result<bool> Inbox::seen(const std::string& webhook_id) {
    auto value = state_.get("webhook/" + webhook_id);
    if (!value) return value.error();
    return value->has_value();
}

host_api::Result<void> Inbox::mark_seen(const std::string& webhook_id) {
    return state_.put("webhook/" + webhook_id, host_api::format_iso8601(host_api::now()));
}

}  // namespace shopify::sync
