#include "host/web_api/sign_in_throttle.hpp"

namespace host::web_api {

std::int64_t SignInThrottle::wait_seconds(const std::string& login, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    const auto found = failures_.find(login);
    if (found == failures_.end()) return 0;
    const auto ends = found->second.first + k_window;
    if (now >= ends) {
        failures_.erase(found);
        return 0;
    }
    if (found->second.count < k_attempts) return 0;
    return std::chrono::ceil<std::chrono::seconds>(ends - now).count();
}

void SignInThrottle::failed(const std::string& login, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    auto& failures = failures_[login];
    if (failures.count == 0 || now >= failures.first + k_window) failures = Failures{0, now};
    ++failures.count;
}

void SignInThrottle::succeeded(const std::string& login) {
    std::lock_guard lock(mutex_);
    failures_.erase(login);
}

}  // namespace host::web_api
