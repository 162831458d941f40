#include "tests/unit/plugin/plugin_host_fixture.hpp"

#include <catch2/catch.hpp>

#include "tests/support/quiet_logger.hpp"

namespace test_support {

PluginHostFixture::PluginHostFixture()
    : work_(boost::asio::make_work_guard(io_)),
      logger_(quiet_logger("plugin-test")),
      routes_(logger_),
      scheduler_(io_),
      outbound_({}, true, logger_) {
    auto store = host::store::HostStore::open(data_dir());
    REQUIRE(store);
    store_ = std::move(*store);
    for (int i = 0; i < 2; ++i) threads_.emplace_back([this] { io_.run(); });
    adapters_ = std::make_unique<host::plugins::AdapterRegistry>(
        std::vector<host::plugins::AdapterEntry>{}, dir_.path() / "copies",
        [this](const std::string& id) { return std::make_unique<host::runtime::LibraryContext>(id, *shared_); },
        reaper_, logger_);
    settings_ = std::make_unique<host::runtime::RuntimeHostSettings>(store_->settings(), "http://127.0.0.1:1");
    shared_ = std::make_unique<host::runtime::SharedServices>(
        host::runtime::SharedServices{*store_, routes_, scheduler_, outbound_, *adapters_, logger_, *settings_});
    library_ = std::make_unique<host::runtime::LibraryContext>("shopify", *shared_);
}

PluginHostFixture::~PluginHostFixture() {
    library_->shut_down();
    work_.reset();
    io_.stop();
    for (auto& thread : threads_) thread.join();
}

host_api::OrderTypeId PluginHostFixture::online_order_type() {
    auto types = store_->orders().order_types();
    REQUIRE(types);
    return types->front().id;
}

}  // namespace test_support
