#pragma once
// The access tokens the GraphQL endpoint accepts: the one the sim was started with
// (never expires) and those the client credentials grant issued (until they expire).
// Thread-safe.
#include <chrono>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace sim::shopify {

struct IssuedToken {
    std::string access_token;
    std::chrono::seconds expires_in{0};
};

class AccessTokens {
public:
    using Clock = std::chrono::steady_clock;

    // The client credentials grant issues tokens for 24 hours less a second.
    static constexpr std::chrono::seconds k_default_lifetime{86399};

    explicit AccessTokens(std::string fixed_token);

    IssuedToken issue(Clock::time_point now = Clock::now());
    bool accepts(std::string_view token, Clock::time_point now = Clock::now()) const;

    // For tokens issued from now on; 0 issues tokens that are already expired.
    void set_lifetime(std::chrono::seconds lifetime);
    std::chrono::seconds lifetime() const;
    // Every issued token expires now (the fixed one stays).
    void expire_issued(Clock::time_point now = Clock::now());

private:
    const std::string fixed_token_;
    mutable std::mutex mutex_;
    std::chrono::seconds lifetime_ = k_default_lifetime;
    std::unordered_map<std::string, Clock::time_point> issued_;  // token -> expiry
};

}  // namespace sim::shopify
