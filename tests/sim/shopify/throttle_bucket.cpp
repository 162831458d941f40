#include "tests/sim/shopify/throttle_bucket.hpp"

#include <algorithm>

namespace sim::shopify {

ThrottleBucket::ThrottleBucket(double maximum_available, double restore_rate, Clock::time_point now)
    : status_{maximum_available, maximum_available, restore_rate}, updated_(now) {}

void ThrottleBucket::restore(Clock::time_point now) {
    const double seconds = std::chrono::duration<double>(now - updated_).count();
    if (seconds <= 0) return;
    status_.currently_available =
        std::min(status_.maximum_available, status_.currently_available + seconds * status_.restore_rate);
    updated_ = now;
}

Admission ThrottleBucket::admit(double requested, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    restore(now);
    if (requested > status_.currently_available) return Admission{false, status_};
    status_.currently_available -= requested;
    return Admission{true, status_};
}

ThrottleStatus ThrottleBucket::refund(double points, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    restore(now);
    status_.currently_available = std::clamp(status_.currently_available + points, 0.0, status_.maximum_available);
    return status_;
}

ThrottleStatus ThrottleBucket::status(Clock::time_point now) {
    std::lock_guard lock(mutex_);
    restore(now);
    return status_;
}

ThrottleStatus ThrottleBucket::set_available(double points, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    restore(now);
    status_.currently_available = std::clamp(points, 0.0, status_.maximum_available);
    return status_;
}

}  // namespace sim::shopify
