#pragma once
// The client's own picture of Shopify's leaky bucket for one shop, sized by every answer's
// extensions.cost.throttleStatus ("GraphQL Admin API rate limits", shopify.dev): a request
// waits until the bucket holds its requested cost, so requests wait instead of being
// throttled.
#include <chrono>
#include <mutex>

namespace shopify {

struct ThrottleStatus {
    double maximum_available = 0;
    double currently_available = 0;
    double restore_rate = 0;  // points per second
};

class CostBucket {
public:
    using Clock = std::chrono::steady_clock;

    // Before the first answer: Shopify's smallest bucket (Standard: 2000 points, 100/s).
    CostBucket();

    // How long to wait before a request that may cost `requested` points.
    std::chrono::milliseconds wait_before(double requested, Clock::time_point now = Clock::now());
    // Takes the points a request is about to use (its requested cost).
    void reserve(double requested, Clock::time_point now = Clock::now());
    // An answer's throttleStatus replaces the estimate.
    void observe(const ThrottleStatus& status, Clock::time_point now = Clock::now());
    ThrottleStatus estimate(Clock::time_point now = Clock::now());

private:
    void restore(Clock::time_point now);

    std::mutex mutex_;
    ThrottleStatus status_;
    Clock::time_point updated_;
};

}  // namespace shopify
