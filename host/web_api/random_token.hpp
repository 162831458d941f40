#pragma once
// Unguessable tokens for the host's JSON API: the per-start API token, session ids and
// CSRF tokens, and password salts.
#include <cstddef>
#include <string>

#include "host_api/result.hpp"

namespace host::web_api {

// Bytes as lowercase hex.
std::string hex_of(const unsigned char* bytes, std::size_t size);

// `bytes` random bytes from OpenSSL, as lowercase hex.
host_api::Result<std::string> random_hex(std::size_t bytes = 32);

// Equal without telling by its timing how much of the secret matched.
bool same_secret(const std::string& given, const std::string& expected);

}  // namespace host::web_api
