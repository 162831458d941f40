#pragma once
// X-Shopify-Hmac-Sha256: the base64 HMAC-SHA256 of the exact body bytes, keyed with the
// app's client secret ("Verify webhook deliveries", shopify.dev).
#include <string>
#include <string_view>

namespace sim::shopify {

std::string webhook_hmac(std::string_view client_secret, std::string_view body);

}  // namespace sim::shopify
