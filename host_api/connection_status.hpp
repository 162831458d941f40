#pragma once
// What a plugin may say of a store connection itself: the platform ended it (the app was
// uninstalled): the host marks it disconnected, keeps its imported orders, and tells the
// plugin through store_removed; and notices for the people who manage the connection
// (warnings, webhook status, the initial import's progress), shown where the store is.
#include <string>

#include "host_api/ids.hpp"
#include "host_api/result.hpp"

namespace host_api {

class ConnectionStatus {
public:
    virtual ~ConnectionStatus() = default;

    virtual Result<void> disconnect(ConnectionId connection, const std::string& reason) = 0;
    // One text per topic ("currency", "webhooks", "initial_import", …), replaced by the
    // next report of that topic; an empty text removes it.
    virtual Result<void> report(ConnectionId connection, const std::string& topic, const std::string& text) = 0;
};

}  // namespace host_api
