#include "tests/sim/shopify/webhook_url.hpp"

#include <algorithm>

namespace sim::shopify {

std::string WebhookUrl::host_header() const {
    const std::string shown = host.find(':') != std::string::npos ? "[" + host + "]" : host;
    const bool default_port = (tls && port == "443") || (!tls && port == "80");
    return default_port ? shown : shown + ":" + port;
}

std::optional<WebhookUrl> parse_webhook_url(const std::string& url) {
    WebhookUrl out;
    std::string rest;
    if (url.rfind("https://", 0) == 0) {
        out.tls = true;
        rest = url.substr(8);
    } else if (url.rfind("http://", 0) == 0) {
        rest = url.substr(7);
    } else {
        return std::nullopt;
    }
    const auto slash = rest.find_first_of("/?");
    const std::string authority = rest.substr(0, slash);
    out.target = slash == std::string::npos ? "/" : rest.substr(slash);
    if (out.target.front() == '?') out.target.insert(out.target.begin(), '/');
    if (authority.empty()) return std::nullopt;
    if (authority.front() == '[') {
        const auto close = authority.find(']');
        if (close == std::string::npos) return std::nullopt;
        out.host = authority.substr(1, close - 1);
        if (close + 1 < authority.size()) {
            if (authority[close + 1] != ':') return std::nullopt;
            out.port = authority.substr(close + 2);
        }
    } else {
        const auto colon = authority.rfind(':');
        out.host = authority.substr(0, colon);
        if (colon != std::string::npos) out.port = authority.substr(colon + 1);
    }
    if (out.port.empty()) out.port = out.tls ? "443" : "80";
    if (out.host.empty() || !std::all_of(out.port.begin(), out.port.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return out;
}

}  // namespace sim::shopify
