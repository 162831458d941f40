#pragma once
// Where webhooks go: http:// (the host on loopback) or https://.
#include <optional>
#include <string>

namespace sim::shopify {

struct WebhookUrl {
    bool tls = false;
    std::string host;    // without brackets for IPv6
    std::string port;    // "80"/"443" when the URL has none
    std::string target;  // path and query, at least "/"

    // "host:port" as the Host header wants it.
    std::string host_header() const;
};

std::optional<WebhookUrl> parse_webhook_url(const std::string& url);

}  // namespace sim::shopify
