#pragma once
// What a plugin may say of a store connection itself: the platform ended it (the app was
// uninstalled): the host marks it disconnected, keeps its imported orders, and tells the
// plugin through store_removed; and notices for the people who manage the connection
// (warnings, webhook status, the initial import's progress), shown where the store is.
#include <cstdint>
#include <string>

#include "host_api/ids.hpp"
#include "host_api/result.hpp"

namespace host_api {

// How far a long task has come: the host draws it as a bar.
struct Progress {
    std::int64_t done = 0;
    std::int64_t total = 0;
};

class ConnectionStatus {
public:
    virtual ~ConnectionStatus() = default;

    virtual Result<void> disconnect(ConnectionId connection, const std::string& reason) = 0;
    // One text per topic ("currency", "webhooks", "initial_import", …), replaced by the
    // next report of that topic; an empty text removes it.
    virtual Result<void> report(ConnectionId connection, const std::string& topic, const std::string& text) = 0;
    // The same, for a task that counts its way to an end (the initial import).
    virtual Result<void> report_progress(ConnectionId connection, const std::string& topic, const std::string& text,
                                         Progress progress) = 0;
};

}  // namespace host_api
