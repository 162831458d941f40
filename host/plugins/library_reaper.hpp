#pragma once
// Unloads libraries on a host thread of its own. The last user of an adapter may be any
// thread, even one of the library's own timers; unloading there would pull the code out
// from under it, so the last reference is handed here instead (DESIGN.md, Adapter lifetime).
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace host::plugins {

class LibraryReaper {
public:
    LibraryReaper();
    ~LibraryReaper();  // finishes every retired task first
    LibraryReaper(const LibraryReaper&) = delete;
    LibraryReaper& operator=(const LibraryReaper&) = delete;

    // The task (stop an adapter, drop its library) runs later on the reaper's thread.
    void retire(std::function<void()> task);
    // Returns once everything retired so far has been done.
    void wait_idle();
    std::uint64_t retired_count() const;

private:
    void run();

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable idle_;
    std::deque<std::function<void()>> tasks_;
    std::uint64_t done_ = 0;
    bool busy_ = false;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace host::plugins
