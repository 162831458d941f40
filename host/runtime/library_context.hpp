#pragma once
// What one loaded library gets from the host: the shared services, plus its own state
// namespace, routes and timers, which are taken back when it is shut down.
#include <functional>
#include <memory>
#include <string>

#include <spdlog/logger.h>

#include "host/http/route_table.hpp"
#include "host/plugins/library_services.hpp"
#include "host/runtime/connection_status.hpp"
#include "host/runtime/host_scheduler.hpp"
#include "host/store/host_store.hpp"
#include "host/store/sqlite_plugin_state.hpp"
#include "host_api/host_context.hpp"

namespace host::runtime {

// The services every library shares; they outlive every library.
struct SharedServices {
    store::HostStore& store;
    http::RouteTable& routes;
    HostScheduler& scheduler;
    host_api::OutboundHttp& outbound;
    host_api::ShippingAdapters& adapters;
    std::shared_ptr<spdlog::logger> logger;
    host_api::HostSettings& settings;
    // Called after a library disconnected a store, so the host tells the plugin.
    std::function<void()> connections_changed = {};
};

class LibraryContext final : public plugins::LibraryServices {
public:
    LibraryContext(const std::string& library_id, SharedServices& shared);

    host_api::HostContext& context() override { return context_; }
    void shut_down() override;

private:
    std::string library_id_;
    http::RouteTable& table_;
    std::unique_ptr<store::SqlitePluginState> state_;
    http::OwnedRoutes routes_;
    OwnedScheduler scheduler_;
    RuntimeConnectionStatus connection_status_;
    host_api::HostContext context_;
};

}  // namespace host::runtime
