#include "tests/sim/shopify/webhook_signature.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace sim::shopify {

std::string webhook_hmac(std::string_view client_secret, std::string_view body) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), client_secret.data(), static_cast<int>(client_secret.size()),
         reinterpret_cast<const unsigned char*>(body.data()), body.size(), digest, &length);
    std::string encoded(4 * ((length + 2) / 3) + 1, '\0');
    const int written =
        EVP_EncodeBlock(reinterpret_cast<unsigned char*>(encoded.data()), digest, static_cast<int>(length));
    encoded.resize(static_cast<std::size_t>(written));
    return encoded;
}

}  // namespace sim::shopify
