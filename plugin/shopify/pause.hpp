#pragma once
// A wait that stop() cuts short: the sync worker's backoffs and bucket waits must not hold
// up the host when it stops the plugin.
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace shopify {

class Pause {
public:
    // False when interrupted by stop().
    bool wait_for(std::chrono::milliseconds duration) {
        std::unique_lock lock(mutex_);
        return !wake_.wait_for(lock, duration, [this] { return stopped_; });
    }
    void stop() {
        {
            std::lock_guard lock(mutex_);
            stopped_ = true;
        }
        wake_.notify_all();
    }
    bool stopped() const {
        std::lock_guard lock(mutex_);
        return stopped_;
    }

private:
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool stopped_ = false;
};

}  // namespace shopify
