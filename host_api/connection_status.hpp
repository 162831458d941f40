#pragma once
// What a plugin may say of a store connection itself: the platform ended it (the app was
// uninstalled). The host marks it disconnected, keeps its imported orders, and tells the
// plugin through store_removed.
#include <string>

#include "host_api/ids.hpp"
#include "host_api/result.hpp"

namespace host_api {

class ConnectionStatus {
public:
    virtual ~ConnectionStatus() = default;

    virtual Result<void> disconnect(ConnectionId connection, const std::string& reason) = 0;
};

}  // namespace host_api
