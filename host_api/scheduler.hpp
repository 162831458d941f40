#pragma once
// Work on the host's threads: post now, run later, run every interval.
//
// Why not hand out the host's boost::asio executor: timers and services a library creates
// in the host's io_context keep vtables into that library, which outlive it when an
// adapter is swapped and unloaded. Through this interface the host owns every timer and
// cancels a library's timers (waiting for a running callback) before it unloads it.
#include <chrono>
#include <cstdint>
#include <functional>

namespace host_api {

using TimerId = std::uint64_t;

class Scheduler {
public:
    virtual ~Scheduler() = default;

    virtual void post(std::function<void()> task) = 0;
    virtual TimerId run_after(std::chrono::milliseconds delay, std::function<void()> task) = 0;
    // The first run is one interval from now; a run never overlaps the previous one.
    virtual TimerId run_every(std::chrono::milliseconds interval, std::function<void()> task) = 0;
    // Returns once the task is not running and will not run again.
    virtual void cancel(TimerId timer) = 0;
};

}  // namespace host_api
