#pragma once
// The real host services a shipping adapter gets (SQLite store on a temp folder,
// scheduler, outbound HTTPS client that admits loopback), without the HTTP server or the
// library loading, and every line the adapter logs kept for the test to read.
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <spdlog/sinks/ringbuffer_sink.h>

#include "host/http/outbound_client.hpp"
#include "host/http/route_table.hpp"
#include "host/plugins/adapter_registry.hpp"
#include "host/plugins/library_reaper.hpp"
#include "host/runtime/host_scheduler.hpp"
#include "host/runtime/library_context.hpp"
#include "host/runtime/runtime_host_settings.hpp"
#include "host/store/host_store.hpp"
#include "tests/support/temp_dir.hpp"

namespace adapter_test {

class AdapterHost {
public:
    explicit AdapterHost(const std::string& library_id);
    ~AdapterHost();

    host_api::HostContext& context() { return library_->context(); }
    host::store::HostStore& store() { return *store_; }
    const std::filesystem::path& dir() const { return dir_.path(); }

    // A new order of the default type ("Online order"), in its first status.
    host_api::OrderId new_order(const std::string& number);
    host_api::DeliveryTarget target(host_api::OrderId order, const std::string& number = "") const;
    // The name of the order's status ("New", "Completed", ...).
    std::string status_name(host_api::OrderId order);
    std::vector<host_api::FeedComment> comments(host_api::OrderId order);
    std::vector<host_api::Waybill> waybills(host_api::OrderId order);

    // Every line logged so far, formatted.
    std::vector<std::string> log_lines() const;
    // Whether any logged line contains `text`.
    bool logged(const std::string& text) const;

private:
    test_support::TempDir dir_;
    std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> sink_;
    std::shared_ptr<spdlog::logger> logger_;
    std::unique_ptr<host::store::HostStore> store_;
    boost::asio::io_context io_;
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_;
    std::vector<std::thread> threads_;
    host::http::RouteTable routes_;
    host::runtime::HostScheduler scheduler_;
    host::http::OutboundClient outbound_;
    host::plugins::LibraryReaper reaper_;
    std::unique_ptr<host::plugins::AdapterRegistry> adapters_;
    std::unique_ptr<host::runtime::RuntimeHostSettings> settings_;
    std::unique_ptr<host::runtime::SharedServices> shared_;
    std::unique_ptr<host::runtime::LibraryContext> library_;
};

// REQUIREs the result ok and returns its value.
template <class T>
T value_of(host_api::Result<T> result) {
    INFO((result.ok() ? std::string() : result.error().message));
    REQUIRE(result.ok());
    return std::move(result).value();
}

}  // namespace adapter_test
