#include "tests/sim/shopify/shopify_sim.hpp"

#include <stdexcept>
#include <thread>
#include <vector>

#include <spdlog/spdlog.h>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ssl/context.hpp>

#include "tests/sim/shopify/access_tokens.hpp"
#include "tests/sim/shopify/client_credentials_grant.hpp"
#include "tests/sim/shopify/control_api.hpp"
#include "tests/sim/shopify/fault_injector.hpp"
#include "tests/sim/shopify/graphql_endpoint.hpp"
#include "tests/sim/shopify/order_book.hpp"
#include "tests/sim/shopify/order_payloads.hpp"
#include "tests/sim/shopify/product_catalog.hpp"
#include "tests/sim/shopify/route_table.hpp"
#include "tests/sim/shopify/shop_profile.hpp"
#include "tests/sim/shopify/sim_listener.hpp"
#include "tests/sim/shopify/sim_stats.hpp"
#include "tests/sim/shopify/throttle_bucket.hpp"
#include "tests/sim/shopify/webhook_dispatcher.hpp"
#include "tests/sim/shopify/webhook_sender.hpp"
#include "tests/support/test_certificate.hpp"

namespace sim::shopify {
namespace net = boost::asio;

namespace {

net::ip::address listen_address(const std::string& address) {
    if (address == "localhost") return net::ip::make_address("127.0.0.1");
    boost::system::error_code ec;
    auto ip = net::ip::make_address(address, ec);
    if (ec) throw std::runtime_error("cannot listen on \"" + address + "\": not an IP address or \"localhost\"");
    return ip;
}

// The names a client may use: loopback always, the address listened on, and the shop's
// myshopify domain (for clients that send it as SNI).
std::string subject_alt_names(const SimOptions& options) {
    std::string names = "DNS:localhost,IP:127.0.0.1,IP:::1";
    boost::system::error_code ec;
    const auto ip = net::ip::make_address(options.address, ec);
    if (!ec && !ip.is_unspecified() && ip.to_string() != "127.0.0.1" && ip.to_string() != "::1")
        names += ",IP:" + ip.to_string();
    if (!options.shop_domain.empty()) names += ",DNS:" + options.shop_domain;
    return names;
}

ShopProfile profile_of(const SimOptions& options) {
    return ShopProfile{options.shop_domain, options.currency, options.plan, limits_of(options.plan)};
}

}  // namespace

struct ShopifySim::Running {
    explicit Running(SimOptions options_in)
        : options(std::move(options_in)),
          certificate(test_support::TestCertificate::generate(subject_alt_names(options))),
          shop(profile_of(options)),
          tokens(options.token),
          bucket(shop.limits.maximum_available, shop.limits.restore_rate),
          sender(stats),
          webhooks(shop, options.client_secret, sender, options.webhook_url),
          grant(options.client_secret, tokens),
          graphql(shop, tokens, bucket, faults, orders, products, stats),
          control(orders, products, tokens, bucket, faults, webhooks, sender, stats),
          tls(net::ssl::context::tls_server) {
        tls.use_certificate_chain(net::buffer(certificate.cert_pem));
        tls.use_private_key(net::buffer(certificate.key_pem), net::ssl::context::pem);

        routes.add("POST", "/admin/api/*/graphql.json",
                   [this](const auto& request, const auto& captures) { return graphql.answer(request, captures[0]); });
        routes.add("POST", "/admin/oauth/access_token",
                   [this](const auto& request, const auto&) { return grant.answer(request); });
        control.add_routes(routes);

        listener = std::make_shared<SimListener>(io, tls, routes, stats);
    }

    SimOptions options;
    test_support::TestCertificate certificate;
    ShopProfile shop;
    SimStats stats;
    OrderBook orders;
    ProductCatalog products;
    AccessTokens tokens;
    ThrottleBucket bucket;
    FaultInjector faults;
    WebhookSender sender;
    WebhookDispatcher webhooks;
    ClientCredentialsGrant grant;
    GraphqlEndpoint graphql;
    ControlApi control;
    RouteTable routes;
    net::ssl::context tls;  // before io: sessions still pending when io goes use it
    net::io_context io;
    std::shared_ptr<SimListener> listener;
    std::vector<std::thread> threads;
    std::uint16_t port = 0;
    bool stopped = false;
};

ShopifySim::ShopifySim(SimOptions options) : running_(std::make_unique<Running>(std::move(options))) {
    auto& running = *running_;
    if (!running.options.orders_file.empty()) {
        auto json = read_json_file(running.options.orders_file);
        if (!json) throw std::runtime_error(json.error().message);
        const auto loaded = load_orders(*json);
        spdlog::info("shopify-sim loaded {} orders from {}", loaded, running.options.orders_file.string());
    }
    try {
        running.port = running.listener->listen(
            net::ip::tcp::endpoint(listen_address(running.options.address), running.options.port));
    } catch (const boost::system::system_error& e) {
        throw std::runtime_error("cannot listen on " + running.options.address + ":" +
                                 std::to_string(running.options.port) + ": " + e.code().message());
    }
    running.listener->start();
    for (int i = 0; i < std::max(1, running.options.threads); ++i)
        running.threads.emplace_back([&running] { running.io.run(); });
}

ShopifySim::~ShopifySim() { stop(); }

void ShopifySim::stop() {
    auto& running = *running_;
    if (running.stopped) return;
    running.stopped = true;
    running.listener->stop();
    running.io.stop();
    for (auto& thread : running.threads) thread.join();
    running.threads.clear();
    running.sender.stop();
}

std::uint16_t ShopifySim::port() const { return running_->port; }

std::string ShopifySim::url(std::string_view target) const {
    const auto& address = running_->options.address;
    std::string host = address;
    boost::system::error_code ec;
    const auto ip = net::ip::make_address(address, ec);
    if (!ec && ip.is_unspecified()) host = ip.is_v6() ? "::1" : "127.0.0.1";
    if (host.find(':') != std::string::npos) host = "[" + host + "]";
    return "https://" + host + ":" + std::to_string(port()) + std::string(target);
}

const std::string& ShopifySim::ca_pem() const { return running_->certificate.ca_pem; }

const SimOptions& ShopifySim::options() const { return running_->options; }

std::size_t ShopifySim::load_orders(const rapidjson::Value& json) {
    std::size_t loaded = 0;
    for (const auto* order : orders_in(json)) {
        auto stored = running_->orders.put(*order, OrderBook::Stamp::as_given);
        if (!stored) throw std::runtime_error(stored.error().message);
        ++loaded;
    }
    return loaded;
}

OrderBook& ShopifySim::orders() { return running_->orders; }
ProductCatalog& ShopifySim::products() { return running_->products; }
SimStats& ShopifySim::stats() { return running_->stats; }
WebhookDispatcher& ShopifySim::webhooks() { return running_->webhooks; }
WebhookSender& ShopifySim::webhook_sender() { return running_->sender; }
ThrottleBucket& ShopifySim::bucket() { return running_->bucket; }
AccessTokens& ShopifySim::tokens() { return running_->tokens; }

}  // namespace sim::shopify
