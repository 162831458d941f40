#pragma once
// Shopify's leaky bucket of GraphQL cost points for one app on one shop ("GraphQL Admin
// API rate limits", shopify.dev): before a query runs the bucket must hold its requested
// cost, which is taken; afterwards the difference to the actual cost is refunded; the
// bucket refills at the restore rate up to its maximum. Thread-safe.
#include <chrono>
#include <mutex>

namespace sim::shopify {

struct ThrottleStatus {
    double maximum_available = 0;
    double currently_available = 0;
    double restore_rate = 0;
};

struct Admission {
    bool admitted = false;
    ThrottleStatus status;  // after taking the requested cost, or unchanged when refused
};

class ThrottleBucket {
public:
    using Clock = std::chrono::steady_clock;

    ThrottleBucket(double maximum_available, double restore_rate, Clock::time_point now = Clock::now());

    // Takes `requested` points when the bucket holds that many; takes nothing otherwise.
    Admission admit(double requested, Clock::time_point now = Clock::now());
    // Gives back what a query did not use (requested - actual).
    ThrottleStatus refund(double points, Clock::time_point now = Clock::now());
    ThrottleStatus status(Clock::time_point now = Clock::now());
    // A test hook: sets the current level (clamped to 0..maximum).
    ThrottleStatus set_available(double points, Clock::time_point now = Clock::now());

private:
    void restore(Clock::time_point now);

    std::mutex mutex_;
    ThrottleStatus status_;
    Clock::time_point updated_;
};

}  // namespace sim::shopify
