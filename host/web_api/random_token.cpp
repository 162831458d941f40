#include "host/web_api/random_token.hpp"

#include <vector>

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace host::web_api {

std::string hex_of(const unsigned char* bytes, std::size_t size) {
    static const char* const hex = "0123456789abcdef";
    std::string text;
    for (std::size_t i = 0; i < size; ++i) {
        text.push_back(hex[bytes[i] >> 4]);
        text.push_back(hex[bytes[i] & 15]);
    }
    return text;
}

host_api::Result<std::string> random_hex(std::size_t bytes) {
    std::vector<unsigned char> random(bytes);
    if (RAND_bytes(random.data(), static_cast<int>(random.size())) != 1)
        return host_api::permanent_error("the system gave no random bytes");
    return hex_of(random.data(), random.size());
}

bool same_secret(const std::string& given, const std::string& expected) {
    return given.size() == expected.size() && CRYPTO_memcmp(given.data(), expected.data(), given.size()) == 0;
}

}  // namespace host::web_api
