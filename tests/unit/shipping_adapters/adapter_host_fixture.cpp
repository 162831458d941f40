#include "tests/unit/shipping_adapters/adapter_host_fixture.hpp"

#include <algorithm>

namespace adapter_test {

AdapterHost::AdapterHost(const std::string& library_id)
    : sink_(std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(20000)),
      logger_(std::make_shared<spdlog::logger>("adapter-test", sink_)),
      work_(boost::asio::make_work_guard(io_)),
      routes_(logger_),
      scheduler_(io_),
      outbound_({}, true, logger_) {
    logger_->set_level(spdlog::level::trace);
    auto store = host::store::HostStore::open(dir_.path() / "data");
    REQUIRE(store);
    store_ = std::move(*store);
    for (int i = 0; i < 2; ++i) threads_.emplace_back([this] { io_.run(); });
    adapters_ = std::make_unique<host::plugins::AdapterRegistry>(
        std::vector<host::plugins::AdapterEntry>{}, dir_.path() / "copies",
        [this](const std::string& id) { return std::make_unique<host::runtime::LibraryContext>(id, *shared_); },
        reaper_, logger_);
    settings_ = std::make_unique<host::runtime::RuntimeHostSettings>(store_->settings(), "http://127.0.0.1:1");
    shared_ = std::make_unique<host::runtime::SharedServices>(host::runtime::SharedServices{
        *store_, routes_, scheduler_, outbound_, *adapters_, logger_, *settings_});
    library_ = std::make_unique<host::runtime::LibraryContext>(library_id, *shared_);
}

AdapterHost::~AdapterHost() {
    library_->shut_down();
    work_.reset();
    io_.stop();
    for (auto& thread : threads_) thread.join();
}

host_api::OrderId AdapterHost::new_order(const std::string& number) {
    const auto types = value_of(store_->orders().order_types());
    REQUIRE_FALSE(types.empty());
    host_api::NewOrder order;
    order.number = number;
    order.order_type_id = types.front().id;
    order.total = {49000, "UAH"};
    return value_of(store_->orders().create_order(order));
}

host_api::DeliveryTarget AdapterHost::target(host_api::OrderId order, const std::string& number) const {
    return host_api::DeliveryTarget{order, number.empty() ? std::to_string(order) : number, "Kyiv Honey"};
}

std::string AdapterHost::status_name(host_api::OrderId id) {
    const auto order = value_of(store_->orders().find_order(id));
    REQUIRE(order);
    for (const auto& type : value_of(store_->orders().order_types()))
        for (const auto& status : type.statuses)
            if (status.id == order->status_id) return status.name;
    FAIL("order " << id << " has a status of no order type");
    return {};
}

std::vector<host_api::FeedComment> AdapterHost::comments(host_api::OrderId order) {
    return value_of(store_->feed().comments(order));
}

std::vector<host_api::Waybill> AdapterHost::waybills(host_api::OrderId order) {
    return value_of(store_->waybills().waybills_of_order(order));
}

std::vector<std::string> AdapterHost::log_lines() const { return sink_->last_formatted(); }

bool AdapterHost::logged(const std::string& text) const {
    const auto lines = log_lines();
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& line) { return line.find(text) != std::string::npos; });
}

}  // namespace adapter_test
