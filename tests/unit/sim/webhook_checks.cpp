#include "tests/unit/sim/webhook_checks.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "tests/unit/sim/sim_fixture.hpp"

namespace sim_test {

std::string expected_hmac(const std::string& body) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const std::string key = k_secret;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(body.data()),
         body.size(), digest, &length);
    unsigned char encoded[128];
    const int size = EVP_EncodeBlock(encoded, digest, static_cast<int>(length));
    return std::string(reinterpret_cast<char*>(encoded), static_cast<std::size_t>(size));
}

std::string header(const host_api::HttpRequest& request, const char* name) { return request.header(name).value_or(""); }

std::string order_with_id(std::uint64_t id) {
    return R"({"id":)" + std::to_string(id) + R"(,"name":"#)" + std::to_string(id) +
           R"(","currency":"UAH","total_price":"10.00","created_at":"2026-01-01T10:00:00+02:00",)"
           R"("updated_at":"2026-01-01T10:00:00+02:00","line_items":[]})";
}

}  // namespace sim_test
