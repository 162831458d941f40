#pragma once
// Loopback hosts: where tests and the demo run their local Shopify and Nova Poshta.
#include <string_view>

namespace host::http {

// "localhost", an address in 127.0.0.0/8, or ::1 (without brackets).
bool is_loopback_host(std::string_view host);

}  // namespace host::http
