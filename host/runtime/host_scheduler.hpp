#pragma once
// host_api::Scheduler on the host's io_context. Every timer is an entry the host owns;
// cancel() waits for a running task and destroys the task's closure right away, because
// that closure is code of a library that may be unloaded next.
#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include "host_api/scheduler.hpp"

namespace host::runtime {

class HostScheduler final : public host_api::Scheduler {
public:
    explicit HostScheduler(boost::asio::io_context& io);
    ~HostScheduler() override;

    void post(std::function<void()> task) override;
    host_api::TimerId run_after(std::chrono::milliseconds delay, std::function<void()> task) override;
    host_api::TimerId run_every(std::chrono::milliseconds interval, std::function<void()> task) override;
    void cancel(host_api::TimerId timer) override;
    bool active(host_api::TimerId timer) const;

private:
    struct Entry;
    host_api::TimerId schedule(std::chrono::milliseconds interval, bool repeat, std::function<void()> task);
    void arm(const std::shared_ptr<Entry>& entry);
    void fire(const std::shared_ptr<Entry>& entry);
    void forget(host_api::TimerId timer);

    boost::asio::io_context& io_;
    mutable std::mutex mutex_;
    std::map<host_api::TimerId, std::shared_ptr<Entry>> entries_;
    std::atomic<host_api::TimerId> next_id_{1};
};

// The scheduler one library sees: the same timers, remembered so that all of them can be
// cancelled before the library is unloaded.
class OwnedScheduler final : public host_api::Scheduler {
public:
    explicit OwnedScheduler(HostScheduler& scheduler) : scheduler_(scheduler) {}

    void post(std::function<void()> task) override;
    host_api::TimerId run_after(std::chrono::milliseconds delay, std::function<void()> task) override;
    host_api::TimerId run_every(std::chrono::milliseconds interval, std::function<void()> task) override;
    void cancel(host_api::TimerId timer) override;
    void cancel_all();

private:
    host_api::TimerId remember(host_api::TimerId timer);

    HostScheduler& scheduler_;
    std::mutex mutex_;
    std::set<host_api::TimerId> timers_;
};

}  // namespace host::runtime
