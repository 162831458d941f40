#pragma once
// Tells the plugin about store connections as they change in the database, whoever
// changed them (this process or a CLI command): connected, changed, removed (R1, R2).
#include <map>
#include <memory>
#include <string>

#include <spdlog/logger.h>

#include "host/store/store_connections.hpp"
#include "host_api/plugin.hpp"

namespace host::runtime {

class ConnectionWatcher {
public:
    ConnectionWatcher(store::StoreConnections& connections, std::string plugin_id,
                      std::shared_ptr<spdlog::logger> logger);

    // Compares the stored connections with the ones last seen and calls the plugin for
    // each difference. A plugin that refuses a change is logged; the change is not retried
    // until the connection changes again.
    void sync(host_api::Plugin& plugin);

private:
    void announce(host_api::Plugin& plugin, const store::StoredConnection& now);
    void withdraw(host_api::Plugin& plugin, const store::StoredConnection& before);
    void report(const char* what, host_api::ConnectionId id, const host_api::Result<void>& outcome);

    store::StoreConnections& connections_;
    std::string plugin_id_;
    std::shared_ptr<spdlog::logger> logger_;
    std::map<host_api::ConnectionId, store::StoredConnection> seen_;  // connected ones only
};

}  // namespace host::runtime
