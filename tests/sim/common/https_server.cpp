#include "tests/sim/common/https_server.hpp"

#include <algorithm>
#include <stdexcept>

#include <boost/asio/ip/address.hpp>

#include "tests/sim/common/sim_listener.hpp"

namespace sim::common {
namespace net = boost::asio;

namespace {

net::ip::address listen_address(const std::string& address) {
    if (address == "localhost") return net::ip::make_address("127.0.0.1");
    boost::system::error_code ec;
    auto ip = net::ip::make_address(address, ec);
    if (ec) throw std::runtime_error("cannot listen on \"" + address + "\": not an IP address or \"localhost\"");
    return ip;
}

// The names a client may use: loopback always, the address listened on, and the host
// names the sim asks for.
std::string subject_alt_names(const std::string& address, const std::vector<std::string>& host_names) {
    std::string names = "DNS:localhost,IP:127.0.0.1,IP:::1";
    boost::system::error_code ec;
    const auto ip = net::ip::make_address(address, ec);
    if (!ec && !ip.is_unspecified() && ip.to_string() != "127.0.0.1" && ip.to_string() != "::1")
        names += ",IP:" + ip.to_string();
    for (const auto& name : host_names) names += ",DNS:" + name;
    return names;
}

}  // namespace

HttpsServer::HttpsServer(ServerSettings settings, std::string address, const std::vector<std::string>& host_names)
    : settings_(std::move(settings)),
      address_(std::move(address)),
      certificate_(test_support::TestCertificate::generate(subject_alt_names(address_, host_names))),
      tls_(net::ssl::context::tls_server) {
    tls_.use_certificate_chain(net::buffer(certificate_.cert_pem));
    tls_.use_private_key(net::buffer(certificate_.key_pem), net::ssl::context::pem);
    listener_ = std::make_shared<SimListener>(io_, tls_, settings_);
}

HttpsServer::~HttpsServer() { stop(); }

void HttpsServer::start(std::uint16_t port, int threads) {
    try {
        port_ = listener_->listen(net::ip::tcp::endpoint(listen_address(address_), port));
    } catch (const boost::system::system_error& e) {
        throw std::runtime_error("cannot listen on " + address_ + ":" + std::to_string(port) + ": " +
                                 e.code().message());
    }
    listener_->start();
    for (int i = 0; i < std::max(1, threads); ++i) threads_.emplace_back([this] { io_.run(); });
}

void HttpsServer::stop() {
    if (stopped_) return;
    stopped_ = true;
    // The listener closes on its own strand, which only runs while threads run.
    if (!threads_.empty()) listener_->stop();
    io_.stop();
    for (auto& thread : threads_) thread.join();
    threads_.clear();
}

std::string HttpsServer::url(std::string_view target) const {
    std::string host = address_;
    boost::system::error_code ec;
    const auto ip = net::ip::make_address(host, ec);
    if (!ec && ip.is_unspecified()) host = ip.is_v6() ? "::1" : "127.0.0.1";
    if (host.find(':') != std::string::npos) host = "[" + host + "]";
    return "https://" + host + ":" + std::to_string(port()) + std::string(target);
}

}  // namespace sim::common
