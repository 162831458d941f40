#include "host/plugins/library_reaper.hpp"

namespace host::plugins {

LibraryReaper::LibraryReaper() : thread_([this] { run(); }) {}

LibraryReaper::~LibraryReaper() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void LibraryReaper::retire(std::function<void()> task) {
    {
        std::lock_guard lock(mutex_);
        tasks_.push_back(std::move(task));
    }
    wake_.notify_all();
}

void LibraryReaper::wait_idle() {
    std::unique_lock lock(mutex_);
    idle_.wait(lock, [this] { return tasks_.empty() && !busy_; });
}

std::uint64_t LibraryReaper::retired_count() const {
    std::lock_guard lock(mutex_);
    return done_;
}

void LibraryReaper::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
        if (tasks_.empty()) return;  // stopping, and nothing left to do
        auto task = std::move(tasks_.front());
        tasks_.pop_front();
        busy_ = true;
        lock.unlock();
        task();
        task = nullptr;  // whatever the task held goes now, on this thread
        lock.lock();
        busy_ = false;
        ++done_;
        if (tasks_.empty()) idle_.notify_all();
    }
}

}  // namespace host::plugins
