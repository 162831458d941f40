#include "host/web_api/password_hash.hpp"

#include <sstream>
#include <vector>

#include <openssl/evp.h>

#include "host/web_api/random_token.hpp"

namespace host::web_api {
namespace {

constexpr const char* k_scheme = "pbkdf2-sha256";
// Slow enough to make guessing a stolen hash costly, fast enough for a sign-in (~50 ms).
constexpr int k_iterations = 100000;
constexpr int k_hash_bytes = 32;

std::string derive(const std::string& password, const std::string& salt, int iterations) {
    unsigned char out[k_hash_bytes];
    PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                      reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()), iterations,
                      EVP_sha256(), sizeof out, out);
    return hex_of(out, sizeof out);
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::istringstream in(text);
    for (std::string part; std::getline(in, part, separator);) parts.push_back(part);
    return parts;
}

}  // namespace

host_api::Result<std::string> hash_password(const std::string& password) {
    auto salt = random_hex(16);
    if (!salt) return salt.error();
    return std::string(k_scheme) + "$" + std::to_string(k_iterations) + "$" + *salt + "$" +
           derive(password, *salt, k_iterations);
}

bool password_matches(const std::string& password, const std::string& hash) {
    const auto parts = split(hash, '$');
    if (parts.size() != 4 || parts[0] != k_scheme) {
        // Spend the same time as a real check, so a missing password is not told apart.
        (void)derive(password, "no salt", k_iterations);
        return false;
    }
    int iterations = 0;
    try {
        iterations = std::stoi(parts[1]);
    } catch (...) {
        return false;
    }
    if (iterations < 1) return false;
    return same_secret(derive(password, parts[2], iterations), parts[3]);
}

}  // namespace host::web_api
