#include "tests/sim/shopify/access_tokens.hpp"

#include <openssl/crypto.h>

#include "tests/sim/shopify/random_ids.hpp"

namespace sim::shopify {

AccessTokens::AccessTokens(std::string fixed_token) : fixed_token_(std::move(fixed_token)) {}

IssuedToken AccessTokens::issue(Clock::time_point now) {
    // Admin API access tokens are "shpat_" and 32 hex digits.
    IssuedToken token{"shpat_" + random_hex(16), {}};
    std::lock_guard lock(mutex_);
    token.expires_in = lifetime_;
    issued_[token.access_token] = now + lifetime_;
    return token;
}

bool AccessTokens::accepts(std::string_view token, Clock::time_point now) const {
    if (token.empty()) return false;
    if (!fixed_token_.empty() && token.size() == fixed_token_.size() &&
        CRYPTO_memcmp(token.data(), fixed_token_.data(), token.size()) == 0)
        return true;
    std::lock_guard lock(mutex_);
    const auto found = issued_.find(std::string(token));
    return found != issued_.end() && now < found->second;
}

void AccessTokens::set_lifetime(std::chrono::seconds lifetime) {
    std::lock_guard lock(mutex_);
    lifetime_ = lifetime < std::chrono::seconds(0) ? std::chrono::seconds(0) : lifetime;
}

std::chrono::seconds AccessTokens::lifetime() const {
    std::lock_guard lock(mutex_);
    return lifetime_;
}

void AccessTokens::expire_issued(Clock::time_point now) {
    std::lock_guard lock(mutex_);
    for (auto& [token, expiry] : issued_) expiry = std::min(expiry, now);
}

}  // namespace sim::shopify
