#pragma once
// The HTTPS half of a local server: a certificate made at start (its CA for clients to
// trust), one listening port, and threads that run the connections. What it answers is
// the ServerSettings' handler; the sim around it owns everything that handler uses.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/context.hpp>

#include "tests/sim/common/server_settings.hpp"
#include "tests/support/test_certificate.hpp"

namespace sim::common {

class SimListener;

class HttpsServer {
public:
    // Makes the certificate, for loopback, `address` (an IP address, or "localhost") and
    // `host_names` (e.g. the real service's, for a client that sends it as SNI).
    // Serves nothing until start().
    HttpsServer(ServerSettings settings, std::string address, const std::vector<std::string>& host_names);
    ~HttpsServer();
    HttpsServer(const HttpsServer&) = delete;
    HttpsServer& operator=(const HttpsServer&) = delete;

    // Binds the address and `port` (0: the kernel picks one) and runs `threads` threads.
    // Throws std::runtime_error when it cannot.
    void start(std::uint16_t port, int threads);
    // Stops accepting and joins the threads; idempotent (the destructor calls it).
    void stop();

    std::uint16_t port() const { return port_; }
    // "https://127.0.0.1:<port><target>" (the address given, "localhost" as given).
    std::string url(std::string_view target = "") const;
    // The CA that signed the server certificate, for clients to trust.
    const std::string& ca_pem() const { return certificate_.ca_pem; }

private:
    ServerSettings settings_;
    std::string address_;
    test_support::TestCertificate certificate_;
    boost::asio::ssl::context tls_;  // before io_: sessions still pending when io_ goes use it
    boost::asio::io_context io_;
    std::shared_ptr<SimListener> listener_;
    std::vector<std::thread> threads_;
    std::uint16_t port_ = 0;
    bool stopped_ = false;
};

}  // namespace sim::common
