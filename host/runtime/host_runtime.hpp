#pragma once
// The running host: its store, threads, HTTP server, scheduler and the libraries of
// manifest.json, wired together; started by `serve` and `demo`, and by integration tests.
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <spdlog/logger.h>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include "host/http/http_server.hpp"
#include "host/http/outbound_client.hpp"
#include "host/http/route_table.hpp"
#include "host/plugins/library_reaper.hpp"
#include "host/plugins/plugin_manager.hpp"
#include "host/runtime/connection_watcher.hpp"
#include "host/runtime/host_options.hpp"
#include "host/runtime/host_scheduler.hpp"
#include "host/runtime/library_context.hpp"
#include "host/runtime/runtime_host_settings.hpp"
#include "host/store/host_store.hpp"
#include "host/web_api/web_api.hpp"

namespace host::runtime {

class HostRuntime {
public:
    // Opens the store and starts serving. Only a store or listen failure is an error: a
    // refused manifest or library is logged and shown in statuses(), and the host runs on.
    static host_api::Result<std::unique_ptr<HostRuntime>> start(const HostOptions& options,
                                                                std::shared_ptr<spdlog::logger> logger);
    ~HostRuntime();
    HostRuntime(const HostRuntime&) = delete;
    HostRuntime& operator=(const HostRuntime&) = delete;

    // Blocks until SIGINT or SIGTERM, or until stop() is called from another thread.
    void wait_for_stop();
    // Graceful: no new requests, requests in flight answered, libraries stopped and unloaded.
    void stop();

    std::uint16_t port() const { return port_; }
    store::HostStore& store() { return *store_; }
    http::RouteTable& routes() { return routes_; }
    plugins::PluginManager* plugins() { return plugins_.get(); }
    const std::string& manifest_error() const { return manifest_error_; }
    std::vector<plugins::LibraryStatus> statuses() const;
    // Applies what other processes wrote (connections, adapter swaps) right now.
    void pick_up_changes();
    // Loads `library` for the adapter now and records it for later starts; a refused
    // library leaves the adapter as it was (R17).
    host_api::Result<void> swap_adapter(const std::string& adapter, const std::filesystem::path& library);

private:
    HostRuntime(HostOptions options, std::shared_ptr<spdlog::logger> logger);
    host_api::Result<void> open();
    void load_libraries();
    void start_web_api();
    std::map<std::string, std::filesystem::path> pending_swaps();
    void apply_swaps();
    void watch();
    void catch_signals();
    void track_deliveries();

    HostOptions options_;
    std::shared_ptr<spdlog::logger> logger_;
    std::unique_ptr<store::HostStore> store_;
    boost::asio::io_context io_;
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_;
    std::vector<std::thread> threads_;
    std::unique_ptr<boost::asio::signal_set> signals_;
    http::RouteTable routes_;
    std::unique_ptr<http::HttpServer> server_;
    std::unique_ptr<http::OutboundClient> outbound_;
    std::unique_ptr<HostScheduler> scheduler_;
    plugins::LibraryReaper reaper_;
    std::unique_ptr<RuntimeHostSettings> settings_;
    std::unique_ptr<SharedServices> shared_;
    std::unique_ptr<plugins::PluginManager> plugins_;
    std::unique_ptr<ConnectionWatcher> connections_;
    std::unique_ptr<web_api::WebApi> web_api_;
    std::mutex watch_mutex_;  // one pick-up at a time
    std::int64_t data_version_ = -1;
    std::map<std::string, std::string> applied_keys_;  // adapter id -> the swap request last applied
    std::string manifest_error_;
    std::optional<plugins::Manifest> manifest_;  // the one loaded; none when refused
    std::uint16_t port_ = 0;
    std::vector<host_api::TimerId> timers_;
    std::mutex stop_mutex_;
    std::condition_variable stop_requested_;
    bool stopping_ = false;
    bool stopped_ = false;
};

}  // namespace host::runtime
