#include "host/runtime/connection_watcher.hpp"

#include <set>

namespace host::runtime {

ConnectionWatcher::ConnectionWatcher(store::StoreConnections& connections, std::string plugin_id,
                                     std::shared_ptr<spdlog::logger> logger)
    : connections_(connections), plugin_id_(std::move(plugin_id)), logger_(std::move(logger)) {}

void ConnectionWatcher::sync(host_api::Plugin& plugin) {
    auto listed = connections_.list(plugin_id_);
    if (!listed) {
        logger_->warn("cannot read store connections: {}", listed.error().message);
        return;
    }
    std::set<host_api::ConnectionId> present;
    for (const auto& connection : *listed) {
        if (!connection.connected) continue;
        present.insert(connection.id);
        announce(plugin, connection);
    }
    for (auto it = seen_.begin(); it != seen_.end();) {
        if (present.count(it->first) != 0) {
            ++it;
            continue;
        }
        withdraw(plugin, it->second);
        it = seen_.erase(it);
    }
}

void ConnectionWatcher::announce(host_api::Plugin& plugin, const store::StoredConnection& now) {
    const auto before = seen_.find(now.id);
    if (before == seen_.end()) {
        report("connected", now.id, plugin.store_connected(now.connection()));
    } else if (before->second.settings_json != now.settings_json) {
        report("changed", now.id, plugin.store_changed(now.connection()));
    } else {
        return;
    }
    seen_[now.id] = now;
}

void ConnectionWatcher::withdraw(host_api::Plugin& plugin, const store::StoredConnection& before) {
    auto connection = before.connection();
    connection.connected = false;
    report("removed", before.id, plugin.store_removed(connection));
}

void ConnectionWatcher::report(const char* what, host_api::ConnectionId id, const host_api::Result<void>& outcome) {
    if (outcome) {
        logger_->info("store connection {} {}", id, what);
    } else {
        logger_->warn("store connection {} {}: the plugin refused: {}", id, what, outcome.error().message);
    }
}

}  // namespace host::runtime
