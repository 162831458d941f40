#pragma once
// A small HTTPS server on a free loopback port, answering with a handler the test gives;
// it runs on a thread of its own until destroyed.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "host_api/http.hpp"
#include "tests/support/test_certificate.hpp"

namespace test_support {

class TlsTestServer {
public:
    // Runs on the server's thread; the request holds the raw body and every header.
    using Handler = std::function<host_api::HttpResponse(const host_api::HttpRequest&)>;

    // Listens on `address` (a loopback address) on a port the kernel picks.
    TlsTestServer(const TestCertificate& certificate, Handler handler, const std::string& address = "127.0.0.1");
    ~TlsTestServer();
    TlsTestServer(const TlsTestServer&) = delete;
    TlsTestServer& operator=(const TlsTestServer&) = delete;

    std::uint16_t port() const;
    // "https://<address>:<port><target>"
    std::string url(std::string_view target = "/") const;
    // Connections accepted, whether or not their TLS handshake succeeded.
    int connections() const;
    // Requests answered.
    int requests() const;

private:
    struct Running;
    std::unique_ptr<Running> running_;
};

}  // namespace test_support
