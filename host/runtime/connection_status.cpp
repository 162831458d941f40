#include "host/runtime/connection_status.hpp"

namespace host::runtime {

host_api::Result<void> RuntimeConnectionStatus::disconnect(host_api::ConnectionId connection,
                                                           const std::string& reason) {
    if (auto saved = connections_.set_connected(connection, false); !saved) return saved;
    logger_->warn("store connection {} disconnected: {}", connection, reason);
    if (changed_) changed_();
    return host_api::success();
}

host_api::Result<void> RuntimeConnectionStatus::report(host_api::ConnectionId connection, const std::string& topic,
                                                       const std::string& text) {
    return connections_.set_notice(connection, topic, text);
}

host_api::Result<void> RuntimeConnectionStatus::report_progress(host_api::ConnectionId connection,
                                                                const std::string& topic, const std::string& text,
                                                                host_api::Progress progress) {
    return connections_.set_notice(connection, topic, text, progress);
}

}  // namespace host::runtime
