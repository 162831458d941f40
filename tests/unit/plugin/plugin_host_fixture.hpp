#pragma once
// The real host services a plugin gets (SQLite store on a temp folder, route table,
// scheduler, outbound client, adapter registry), without the HTTP server or the library
// loading, so plugin code can be tested against the host it will run in.
#include <memory>
#include <thread>
#include <vector>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>

#include "host/http/outbound_client.hpp"
#include "host/http/route_table.hpp"
#include "host/plugins/adapter_registry.hpp"
#include "host/plugins/library_reaper.hpp"
#include "host/runtime/host_scheduler.hpp"
#include "host/runtime/library_context.hpp"
#include "host/runtime/runtime_host_settings.hpp"
#include "host/store/host_store.hpp"
#include "tests/support/temp_dir.hpp"

namespace test_support {

class PluginHostFixture {
public:
    PluginHostFixture();
    ~PluginHostFixture();

    host_api::HostContext& context() { return library_->context(); }
    host::store::HostStore& store() { return *store_; }
    // The store's folder: a second HostStore opened on it sees only what was committed.
    std::filesystem::path data_dir() const { return dir_.path() / "data"; }
    host::http::RouteTable& routes() { return routes_; }
    host_api::OrderTypeId online_order_type();

private:
    TempDir dir_;
    std::unique_ptr<host::store::HostStore> store_;
    boost::asio::io_context io_;
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_;
    std::vector<std::thread> threads_;
    std::shared_ptr<spdlog::logger> logger_;  // drops everything; shared by all the parts
    host::http::RouteTable routes_;
    host::runtime::HostScheduler scheduler_;
    host::http::OutboundClient outbound_;
    host::plugins::LibraryReaper reaper_;
    std::unique_ptr<host::plugins::AdapterRegistry> adapters_;
    std::unique_ptr<host::runtime::RuntimeHostSettings> settings_;
    std::unique_ptr<host::runtime::SharedServices> shared_;
    std::unique_ptr<host::runtime::LibraryContext> library_;
};

}  // namespace test_support
