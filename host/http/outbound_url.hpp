#pragma once
// The parts of an outbound URL that matter for a request: https://host[:port]/path?query.
#include <cstdint>
#include <string>
#include <string_view>

#include "host_api/result.hpp"

namespace host::http {

struct OutboundUrl {
    bool tls = true;
    std::string host;  // lower case; an IPv6 address without brackets
    std::uint16_t port = 443;
    std::string target = "/";  // path and query, as given; the fragment dropped

    // Errors name the host when it is known, never the path or query (they may carry
    // tokens). Credentials in the URL (user:pass@) are refused.
    static host_api::Result<OutboundUrl> parse(std::string_view url);

    // "host[:port]" for the Host header and messages; the port only when not the default.
    std::string authority() const;
};

}  // namespace host::http
