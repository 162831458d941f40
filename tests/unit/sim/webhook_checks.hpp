#pragma once
// What the webhook tests check a delivery of the local Shopify against, and post to it.
#include <cstdint>
#include <string>

#include "host_api/http.hpp"

namespace sim_test {

// The X-Shopify-Hmac-Sha256 of `body` under k_secret, computed here with OpenSSL, apart
// from the sim's own signing code.
std::string expected_hmac(const std::string& body);
// A header of a received request, or "".
std::string header(const host_api::HttpRequest& request, const char* name);
// A REST order with only an id, a name, a total and times.
std::string order_with_id(std::uint64_t id);

}  // namespace sim_test
