#include "plugin/shopify/webhook_verifier.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace shopify {

std::string WebhookVerifier::sign(std::string_view raw_body) const {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), client_secret_.data(), static_cast<int>(client_secret_.size()),
         reinterpret_cast<const unsigned char*>(raw_body.data()), raw_body.size(), digest, &length);
    std::string encoded(4 * ((length + 2) / 3), '\0');
    const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(encoded.data()), digest, static_cast<int>(length));
    encoded.resize(static_cast<std::size_t>(written));
    return encoded;
}

bool WebhookVerifier::verify(std::string_view raw_body, std::string_view hmac_header) const {
    if (client_secret_.empty()) return false;
    const std::string expected = sign(raw_body);
    if (hmac_header.size() != expected.size()) return false;
    return CRYPTO_memcmp(expected.data(), hmac_header.data(), expected.size()) == 0;
}

}  // namespace shopify
