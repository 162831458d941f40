#pragma once
// Checks a webhook's X-Shopify-Hmac-Sha256 header: the base64 HMAC-SHA256 of the raw body,
// keyed with the app's client secret ("Verify webhooks", shopify.dev). The comparison
// takes the same time whatever the header holds, so it leaks nothing about the secret.
#include <string>
#include <string_view>

namespace shopify {

class WebhookVerifier {
public:
    explicit WebhookVerifier(std::string client_secret) : client_secret_(std::move(client_secret)) {}

    bool verify(std::string_view raw_body, std::string_view hmac_header) const;
    // The header value Shopify would send for this body: for the local Shopify and tests.
    std::string sign(std::string_view raw_body) const;

private:
    std::string client_secret_;
};

}  // namespace shopify
