#include "host/http/outbound_client.hpp"

#include <algorithm>
#include <chrono>
#include <utility>

#include "host/http/host_pattern.hpp"
#include "host/http/loopback_host.hpp"
#include "host/http/outbound_message.hpp"
#include "host/http/outbound_session.hpp"
#include "host_api/guarded_call.hpp"

namespace host::http {

OutboundClient::OutboundClient(std::vector<std::string> allowed_hosts, bool allow_loopback,
                               std::shared_ptr<spdlog::logger> logger)
    : allowed_hosts_(std::move(allowed_hosts)), allow_loopback_(allow_loopback), logger_(std::move(logger)) {}

host_api::Result<host_api::OutboundResponse> OutboundClient::send(const host_api::OutboundRequest& request) {
    // Called by plugins: nothing may throw back across their library boundary.
    return host_api::guarded_call("outbound request", [&] { return checked_send(request); });
}

host_api::Result<host_api::OutboundResponse> OutboundClient::checked_send(const host_api::OutboundRequest& request) {
    auto url = OutboundUrl::parse(request.url);
    if (!url) return url.error();
    if (auto admitted = admit(*url); !admitted) {
        logger_->warn("outbound request refused: {}", admitted.error().message);
        return admitted.error();
    }
    auto message = to_beast_request(*url, request);
    if (!message) return message.error();
    TlsClientContexts::Context tls;  // none for plain http, which only loopback may use
    if (url->tls) {
        auto context = tls_contexts_.context_for(request.ca_file);
        if (!context) return context.error();
        tls = std::move(*context);
    }

    const auto started = std::chrono::steady_clock::now();
    const bool loopback_only = !is_declared(url->host);
    auto response =
        run_outbound_session({*url, std::move(*message), request.timeout, loopback_only, request.body_sink}, tls.get());
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    if (response) {
        logger_->debug("outbound {} {} -> {} in {} ms", request.method, url->authority(), response->status,
                       elapsed.count());
    } else {
        logger_->warn("outbound {} {} failed in {} ms: {}", request.method, url->authority(), elapsed.count(),
                      response.error().message);
    }
    return response;
}

host_api::Result<void> OutboundClient::admit(const OutboundUrl& url) const {
    const bool loopback = allow_loopback_ && is_loopback_host(url.host);
    if (!loopback && !is_declared(url.host)) {
        return host_api::permanent_error("outbound host " + url.host + " is not declared in outbound_hosts");
    }
    // Tokens travel in headers: plain http only where the bytes never leave the machine.
    if (!url.tls && !loopback) return host_api::permanent_error("outbound request to " + url.host + " must use https");
    return host_api::success();
}

bool OutboundClient::is_declared(const std::string& host) const {
    return std::any_of(allowed_hosts_.begin(), allowed_hosts_.end(),
                       [&](const std::string& pattern) { return host_matches(pattern, host); });
}

}  // namespace host::http
