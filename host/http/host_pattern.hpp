#pragma once
// Which outbound hosts a manifest pattern admits ("outbound_hosts" in manifest.json).
#include <string_view>

namespace host::http {

// `pattern` is an exact host name ("api.novaposhta.ua") or a wildcard ("*.myshopify.com")
// that stands for one or more labels before the suffix, never for the bare suffix itself.
// Host names compare case-insensitively (RFC 4343); a trailing dot on `host` is ignored.
bool host_matches(std::string_view pattern, std::string_view host);

}  // namespace host::http
