#pragma once
// Fresh identifiers: webhook and event ids (UUID v4), access tokens, request ids.
#include <cstddef>
#include <string>

namespace sim::shopify {

// "0f8fad5b-d9cb-469f-a165-70867728950e"
std::string random_uuid();
// `bytes` random bytes as lowercase hex.
std::string random_hex(std::size_t bytes);

}  // namespace sim::shopify
