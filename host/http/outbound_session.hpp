#pragma once
// One outbound request and its response over a fresh connection, plain or TLS, on an
// io_context of its own, the whole exchange bounded by one deadline.
#include <chrono>
#include <functional>
#include <string_view>

#include <boost/asio/ssl/context.hpp>

#include "host/http/outbound_message.hpp"
#include "host/http/outbound_url.hpp"
#include "host_api/http.hpp"
#include "host_api/result.hpp"

namespace host::http {

struct OutboundExchange {
    OutboundUrl url;
    OutboundBeastRequest request;
    std::chrono::milliseconds timeout;
    // Set when the host was admitted only for being loopback ("localhost"): an address
    // it resolves to off loopback is refused.
    bool loopback_only = false;
    // Set: a 2xx response's body goes there as it arrives, of any length (host_api::OutboundRequest).
    std::function<bool(std::string_view)> body_sink;
};

// `tls`, for https only (nullptr for http), must be configured for peer verification.
// Network, timeout and TLS failures are transient errors; any HTTP status is a response.
// Name resolution is bounded by the system resolver's own timeout, not by the deadline.
host_api::Result<host_api::OutboundResponse> run_outbound_session(OutboundExchange exchange,
                                                                  boost::asio::ssl::context* tls);

}  // namespace host::http
