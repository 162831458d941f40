#pragma once
// Outbound HTTP(S) for plugins and adapters, only to the hosts the manifest declares
// ("outbound_hosts"), with certificate and host name verification.
#include <memory>
#include <string>
#include <vector>

#include <spdlog/spdlog.h>

#include "host/http/outbound_url.hpp"
#include "host/http/tls_client_contexts.hpp"
#include "host_api/http.hpp"
#include "host_api/result.hpp"

namespace host::http {

class OutboundClient final : public host_api::OutboundHttp {
public:
    // `allowed_hosts` are host_matches() patterns. `allow_loopback` also admits localhost,
    // 127.0.0.0/8 and ::1, over https or plain http (the local servers of tests and demo).
    OutboundClient(std::vector<std::string> allowed_hosts, bool allow_loopback,
                   std::shared_ptr<spdlog::logger> logger = spdlog::default_logger());

    // Synchronous, on an io_context of its own; safe to call from several threads.
    // Errors and log lines name the host, never header values or bodies (they carry tokens).
    host_api::Result<host_api::OutboundResponse> send(const host_api::OutboundRequest& request) override;

private:
    host_api::Result<host_api::OutboundResponse> checked_send(const host_api::OutboundRequest& request);
    host_api::Result<void> admit(const OutboundUrl& url) const;
    bool is_declared(const std::string& host) const;

    const std::vector<std::string> allowed_hosts_;
    const bool allow_loopback_;
    std::shared_ptr<spdlog::logger> logger_;
    TlsClientContexts tls_contexts_;
};

}  // namespace host::http
