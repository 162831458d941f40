#pragma once
// host_api::ConnectionStatus over the host's store connections: a disconnection is written
// at once, and the host is told so that it calls the plugin's store_removed (later, from a
// host thread: never from inside the plugin call that asked).
#include <functional>
#include <memory>

#include <spdlog/logger.h>

#include "host/store/store_connections.hpp"
#include "host_api/connection_status.hpp"

namespace host::runtime {

class RuntimeConnectionStatus final : public host_api::ConnectionStatus {
public:
    RuntimeConnectionStatus(store::StoreConnections& connections, std::function<void()> changed,
                            std::shared_ptr<spdlog::logger> logger)
        : connections_(connections), changed_(std::move(changed)), logger_(std::move(logger)) {}

    host_api::Result<void> disconnect(host_api::ConnectionId connection, const std::string& reason) override;
    host_api::Result<void> report(host_api::ConnectionId connection, const std::string& topic,
                                  const std::string& text) override;
    host_api::Result<void> report_progress(host_api::ConnectionId connection, const std::string& topic,
                                           const std::string& text, host_api::Progress progress) override;

private:
    store::StoreConnections& connections_;
    std::function<void()> changed_;
    std::shared_ptr<spdlog::logger> logger_;
};

}  // namespace host::runtime
