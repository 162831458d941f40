#include "host/runtime/host_scheduler.hpp"

#include <boost/asio/post.hpp>

namespace host::runtime {

struct HostScheduler::Entry {
    Entry(boost::asio::io_context& io, host_api::TimerId id, std::chrono::milliseconds interval, bool repeat,
          std::function<void()> task)
        : strand(boost::asio::make_strand(io)), timer(strand), id(id), interval(interval), repeat(repeat),
          task(std::move(task)) {}

    boost::asio::strand<boost::asio::io_context::executor_type> strand;
    boost::asio::steady_timer timer;  // touched only on the strand
    const host_api::TimerId id;
    const std::chrono::milliseconds interval;
    const bool repeat;
    std::mutex run_mutex;  // held while the task runs; guards task and cancelled
    std::function<void()> task;
    bool cancelled = false;
    std::atomic<std::thread::id> running_on{};
};

HostScheduler::HostScheduler(boost::asio::io_context& io) : io_(io) {}

HostScheduler::~HostScheduler() {
    std::map<host_api::TimerId, std::shared_ptr<Entry>> entries;
    {
        std::lock_guard lock(mutex_);
        entries.swap(entries_);
    }
    for (auto& [id, entry] : entries) {
        std::lock_guard run(entry->run_mutex);
        entry->cancelled = true;
        entry->task = nullptr;
    }
}

void HostScheduler::post(std::function<void()> task) { schedule(std::chrono::milliseconds(0), false, std::move(task)); }

host_api::TimerId HostScheduler::run_after(std::chrono::milliseconds delay, std::function<void()> task) {
    return schedule(delay, false, std::move(task));
}

host_api::TimerId HostScheduler::run_every(std::chrono::milliseconds interval, std::function<void()> task) {
    return schedule(interval, true, std::move(task));
}

host_api::TimerId HostScheduler::schedule(std::chrono::milliseconds interval, bool repeat, std::function<void()> task) {
    const auto id = next_id_.fetch_add(1);
    auto entry = std::make_shared<Entry>(io_, id, interval, repeat, std::move(task));
    {
        std::lock_guard lock(mutex_);
        entries_.emplace(id, entry);
    }
    boost::asio::post(entry->strand, [this, entry] { arm(entry); });
    return id;
}

void HostScheduler::arm(const std::shared_ptr<Entry>& entry) {
    entry->timer.expires_after(entry->interval);
    entry->timer.async_wait([this, entry](const boost::system::error_code& error) {
        if (error) return;  // cancelled
        fire(entry);
    });
}

void HostScheduler::fire(const std::shared_ptr<Entry>& entry) {
    {
        std::lock_guard run(entry->run_mutex);
        if (entry->cancelled || !entry->task) return;
        entry->running_on = std::this_thread::get_id();
        try {
            entry->task();
        } catch (...) {
            // A task's failure is its own to log; the timer goes on.
        }
        entry->running_on = std::thread::id{};
        if (entry->repeat && !entry->cancelled) {
            arm(entry);
            return;
        }
        entry->task = nullptr;
    }
    forget(entry->id);
}

void HostScheduler::forget(host_api::TimerId timer) {
    std::lock_guard lock(mutex_);
    entries_.erase(timer);
}

void HostScheduler::cancel(host_api::TimerId timer) {
    std::shared_ptr<Entry> entry;
    {
        std::lock_guard lock(mutex_);
        const auto found = entries_.find(timer);
        if (found == entries_.end()) return;
        entry = found->second;
        entries_.erase(found);
    }
    if (entry->running_on.load() == std::this_thread::get_id()) {
        entry->cancelled = true;  // cancelling itself from inside its task: it holds run_mutex
        return;
    }
    {
        std::lock_guard run(entry->run_mutex);
        entry->cancelled = true;
        entry->task = nullptr;
    }
    boost::asio::post(entry->strand, [entry] { entry->timer.cancel(); });
}

bool HostScheduler::active(host_api::TimerId timer) const {
    std::lock_guard lock(mutex_);
    return entries_.count(timer) != 0;
}

void OwnedScheduler::post(std::function<void()> task) { remember(scheduler_.run_after({}, std::move(task))); }

host_api::TimerId OwnedScheduler::run_after(std::chrono::milliseconds delay, std::function<void()> task) {
    return remember(scheduler_.run_after(delay, std::move(task)));
}

host_api::TimerId OwnedScheduler::run_every(std::chrono::milliseconds interval, std::function<void()> task) {
    return remember(scheduler_.run_every(interval, std::move(task)));
}

void OwnedScheduler::cancel(host_api::TimerId timer) {
    scheduler_.cancel(timer);
    std::lock_guard lock(mutex_);
    timers_.erase(timer);
}

void OwnedScheduler::cancel_all() {
    std::set<host_api::TimerId> timers;
    {
        std::lock_guard lock(mutex_);
        timers.swap(timers_);
    }
    for (const auto timer : timers) scheduler_.cancel(timer);
}

host_api::TimerId OwnedScheduler::remember(host_api::TimerId timer) {
    std::lock_guard lock(mutex_);
    // One-shot timers that already ran are dropped here, so the set stays small.
    std::erase_if(timers_, [this](host_api::TimerId id) { return !scheduler_.active(id); });
    timers_.insert(timer);
    return timer;
}

}  // namespace host::runtime
