#pragma once
// Slows down password guessing: after 5 wrong passwords for one login within 15 minutes,
// that login is refused until the 15 minutes have passed (even with the right password).
#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace host::web_api {

class SignInThrottle {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr int k_attempts = 5;
    static constexpr std::chrono::minutes k_window{15};

    // Seconds until `login` may try again; 0 when it may now.
    std::int64_t wait_seconds(const std::string& login, Clock::time_point now = Clock::now());
    void failed(const std::string& login, Clock::time_point now = Clock::now());
    void succeeded(const std::string& login);

private:
    struct Failures {
        int count = 0;
        Clock::time_point first;
    };

    std::mutex mutex_;
    std::map<std::string, Failures> failures_;
};

}  // namespace host::web_api
