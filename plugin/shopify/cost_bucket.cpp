#include "plugin/shopify/cost_bucket.hpp"

#include <algorithm>
#include <cmath>

namespace shopify {

CostBucket::CostBucket() : status_{2000, 2000, 100}, updated_(Clock::now()) {}

void CostBucket::restore(Clock::time_point now) {
    const double seconds = std::chrono::duration<double>(now - updated_).count();
    if (seconds <= 0) return;
    status_.currently_available =
        std::min(status_.maximum_available, status_.currently_available + seconds * status_.restore_rate);
    updated_ = now;
}

std::chrono::milliseconds CostBucket::wait_before(double requested, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    restore(now);
    // A request bigger than the whole bucket can only wait for a full bucket.
    const double needed = std::min(requested, status_.maximum_available) - status_.currently_available;
    if (needed <= 0 || status_.restore_rate <= 0) return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(static_cast<long long>(std::ceil(needed / status_.restore_rate * 1000.0)));
}

void CostBucket::reserve(double requested, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    restore(now);
    status_.currently_available = std::max(0.0, status_.currently_available - requested);
}

void CostBucket::observe(const ThrottleStatus& status, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    status_ = status;
    updated_ = now;
}

ThrottleStatus CostBucket::estimate(Clock::time_point now) {
    std::lock_guard lock(mutex_);
    restore(now);
    return status_;
}

}  // namespace shopify
