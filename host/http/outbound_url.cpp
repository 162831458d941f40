#include "host/http/outbound_url.hpp"

#include <algorithm>
#include <charconv>

namespace host::http {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

std::string lowered(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(), lower);
    return result;
}

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
}

bool is_v6_char(char c) { return (c >= 'a' && c <= 'f') || (c >= '0' && c <= '9') || c == ':' || c == '.'; }

bool parse_port(std::string_view text, std::uint16_t& port) {
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value == 0 || value > 65535) return false;
    port = static_cast<std::uint16_t>(value);
    return true;
}

// Splits "host[:port]" or "[v6]:port" into url.host and url.port.
host_api::Result<void> parse_authority(std::string_view authority, OutboundUrl& url) {
    std::string_view host = authority;
    std::string_view port;
    if (authority.starts_with('[')) {
        const auto close = authority.find(']');
        if (close == std::string_view::npos) return host_api::permanent_error("outbound URL has a bad IPv6 host");
        host = authority.substr(1, close - 1);
        const auto rest = authority.substr(close + 1);
        if (!rest.empty() && !rest.starts_with(':'))
            return host_api::permanent_error("outbound URL has a bad IPv6 host");
        if (!rest.empty()) port = rest.substr(1);
    } else if (const auto colon = authority.find(':'); colon != std::string_view::npos) {
        host = authority.substr(0, colon);
        port = authority.substr(colon + 1);
    }
    url.host = lowered(host);
    const auto valid_char = authority.starts_with('[') ? is_v6_char : is_name_char;
    if (url.host.empty() || !std::all_of(url.host.begin(), url.host.end(), valid_char)) {
        return host_api::permanent_error("outbound URL has no valid host");
    }
    if (!port.empty() && !parse_port(port, url.port)) {
        return host_api::permanent_error("outbound URL for " + url.host + " has a bad port");
    }
    return host_api::success();
}

}  // namespace

host_api::Result<OutboundUrl> OutboundUrl::parse(std::string_view text) {
    OutboundUrl url;
    const auto scheme_end = text.find("://");
    const std::string scheme = scheme_end == std::string_view::npos ? "" : lowered(text.substr(0, scheme_end));
    if (scheme != "https" && scheme != "http")
        return host_api::permanent_error("outbound URL must start with https://");
    url.tls = scheme == "https";
    url.port = url.tls ? 443 : 80;

    const auto rest = text.substr(scheme_end + 3);
    const auto authority_end = std::min(rest.find_first_of("/?#"), rest.size());
    const auto authority = rest.substr(0, authority_end);
    if (authority.find('@') != std::string_view::npos) {
        return host_api::permanent_error("outbound URL must not carry credentials");
    }
    if (auto parsed = parse_authority(authority, url); !parsed) return parsed.error();

    auto target = rest.substr(authority_end);
    target = target.substr(0, target.find('#'));
    if (std::any_of(target.begin(), target.end(), [](char c) { return c <= ' ' || c == '\x7f'; })) {
        return host_api::permanent_error("outbound URL for " + url.host + " has characters that must be escaped");
    }
    url.target = target.starts_with('/') ? std::string(target) : "/" + std::string(target);
    return url;
}

std::string OutboundUrl::authority() const {
    const bool v6 = host.find(':') != std::string::npos;
    std::string result = v6 ? "[" + host + "]" : host;
    if (port != (tls ? 443 : 80)) result += ":" + std::to_string(port);
    return result;
}

}  // namespace host::http
