#pragma once
// The local Nova Poshta, whole: an HTTPS server on one port with a certificate made at
// start, serving the API 2.0 tracking method at /v2.0/json/ and the /_sim/ control API.
// Tests run it in-process on a free loopback port; novaposhta-sim (main.cpp) runs it for
// scripts and the demo.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace sim::nova_poshta {

class DocumentRegistry;
class ControlApi;
class FaultInjector;
struct SimStats;

struct SimOptions {
    std::string address = "127.0.0.1";  // an IP address, or "localhost"
    std::uint16_t port = 0;              // 0: the kernel picks one
    std::string api_key;                 // the one key the API accepts
    std::filesystem::path documents_file;  // loaded at start: what POST /_sim/documents takes
    int threads = 2;
};

class NovaPoshtaSim {
public:
    // Generates the certificate, loads the documents file, binds and starts serving.
    // Throws std::runtime_error when it cannot.
    explicit NovaPoshtaSim(SimOptions options);
    ~NovaPoshtaSim();
    NovaPoshtaSim(const NovaPoshtaSim&) = delete;
    NovaPoshtaSim& operator=(const NovaPoshtaSim&) = delete;

    std::uint16_t port() const;
    // "https://127.0.0.1:<port><target>"; api_url() is the API's own address.
    std::string url(std::string_view target = "") const;
    std::string api_url() const;
    // The CA that signed the server certificate, for clients to trust.
    const std::string& ca_pem() const;
    // Stops serving; idempotent (the destructor calls it).
    void stop();

    // In-process access for tests.
    DocumentRegistry& documents();
    ControlApi& control();
    FaultInjector& faults();
    SimStats& stats();

private:
    struct Running;
    std::unique_ptr<Running> running_;
};

}  // namespace sim::nova_poshta
