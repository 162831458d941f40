#include "tests/sim/nova_poshta/novaposhta_sim.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ssl/context.hpp>
#include <rapidjson/document.h>
#include <spdlog/spdlog.h>

#include "tests/sim/nova_poshta/control_api.hpp"
#include "tests/sim/nova_poshta/document_registry.hpp"
#include "tests/sim/nova_poshta/fault_injector.hpp"
#include "tests/sim/nova_poshta/route_table.hpp"
#include "tests/sim/nova_poshta/sim_listener.hpp"
#include "tests/sim/nova_poshta/sim_stats.hpp"
#include "tests/sim/nova_poshta/tracking_endpoint.hpp"
#include "tests/support/test_certificate.hpp"

namespace sim::nova_poshta {
namespace net = boost::asio;

namespace {

net::ip::address listen_address(const std::string& address) {
    if (address == "localhost") return net::ip::make_address("127.0.0.1");
    boost::system::error_code ec;
    auto ip = net::ip::make_address(address, ec);
    if (ec) throw std::runtime_error("cannot listen on \"" + address + "\": not an IP address or \"localhost\"");
    return ip;
}

// The names a client may use: loopback always, the address listened on, and the real
// API's host name (for a client that keeps it as SNI).
std::string subject_alt_names(const SimOptions& options) {
    std::string names = "DNS:localhost,IP:127.0.0.1,IP:::1,DNS:api.novaposhta.ua";
    boost::system::error_code ec;
    const auto ip = net::ip::make_address(options.address, ec);
    if (!ec && !ip.is_unspecified() && ip.to_string() != "127.0.0.1" && ip.to_string() != "::1")
        names += ",IP:" + ip.to_string();
    return names;
}

}  // namespace

struct NovaPoshtaSim::Running {
    explicit Running(SimOptions options_in)
        : options(std::move(options_in)),
          certificate(test_support::TestCertificate::generate(subject_alt_names(options))),
          endpoint(options.api_key, documents, faults, stats),
          control(documents, faults, stats),
          tls(net::ssl::context::tls_server) {
        tls.use_certificate_chain(net::buffer(certificate.cert_pem));
        tls.use_private_key(net::buffer(certificate.key_pem), net::ssl::context::pem);
        // The real API answers with and without the trailing slash.
        routes.add("POST", k_api_path, [this](const auto& request) { return endpoint.answer(request); });
        routes.add("POST", "/v2.0/json", [this](const auto& request) { return endpoint.answer(request); });
        control.add_routes(routes);
        listener = std::make_shared<SimListener>(io, tls, routes);
    }

    SimOptions options;
    test_support::TestCertificate certificate;
    SimStats stats;
    DocumentRegistry documents;
    FaultInjector faults;
    TrackingEndpoint endpoint;
    ControlApi control;
    RouteTable routes;
    net::ssl::context tls;  // before io: sessions still pending when io goes use it
    net::io_context io;
    std::shared_ptr<SimListener> listener;
    std::vector<std::thread> threads;
    std::uint16_t port = 0;
    bool stopped = false;
};

NovaPoshtaSim::NovaPoshtaSim(SimOptions options) : running_(std::make_unique<Running>(std::move(options))) {
    auto& running = *running_;
    if (!running.options.documents_file.empty()) {
        std::ifstream file(running.options.documents_file, std::ios::binary);
        if (!file) throw std::runtime_error("cannot read " + running.options.documents_file.string());
        std::stringstream text;
        text << file.rdbuf();
        rapidjson::Document json;
        json.Parse(text.str().c_str());
        if (json.HasParseError())
            throw std::runtime_error(running.options.documents_file.string() + " is not JSON");
        auto loaded = running.control.put_documents(json);
        if (!loaded) throw std::runtime_error(running.options.documents_file.string() + ": " + loaded.error().message);
        spdlog::info("novaposhta-sim loaded {} documents from {}", *loaded, running.options.documents_file.string());
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

NovaPoshtaSim::~NovaPoshtaSim() { stop(); }

void NovaPoshtaSim::stop() {
    auto& running = *running_;
    if (running.stopped) return;
    running.stopped = true;
    running.listener->stop();
    running.io.stop();
    for (auto& thread : running.threads) thread.join();
    running.threads.clear();
}

std::uint16_t NovaPoshtaSim::port() const { return running_->port; }

std::string NovaPoshtaSim::url(std::string_view target) const {
    std::string host = running_->options.address;
    boost::system::error_code ec;
    const auto ip = net::ip::make_address(host, ec);
    if (!ec && ip.is_unspecified()) host = ip.is_v6() ? "::1" : "127.0.0.1";
    if (host.find(':') != std::string::npos) host = "[" + host + "]";
    return "https://" + host + ":" + std::to_string(port()) + std::string(target);
}

std::string NovaPoshtaSim::api_url() const { return url(k_api_path); }

const std::string& NovaPoshtaSim::ca_pem() const { return running_->certificate.ca_pem; }

DocumentRegistry& NovaPoshtaSim::documents() { return running_->documents; }
ControlApi& NovaPoshtaSim::control() { return running_->control; }
FaultInjector& NovaPoshtaSim::faults() { return running_->faults; }
SimStats& NovaPoshtaSim::stats() { return running_->stats; }

}  // namespace sim::nova_poshta
