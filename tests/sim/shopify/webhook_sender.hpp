#pragma once
// Sends webhook deliveries from a thread of its own, one at a time in the order given, so
// a control call never waits for a delivery. A non-2xx answer or a connection error is
// retried after a delay that doubles each time (Shopify retries 8 times over 4 hours;
// here the schedule is short and settable); a retry keeps the delivery's webhook id.
#include <chrono>
#include <deque>
#include <mutex>
#include <thread>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/context.hpp>

#include "tests/sim/shopify/sim_stats.hpp"
#include "tests/sim/shopify/webhook_delivery.hpp"
#include "tests/sim/shopify/webhook_post.hpp"

namespace sim::shopify {

struct RetrySchedule {
    std::chrono::milliseconds first_delay{500};  // doubles after every failed attempt
    int retries = 8;                             // after the first attempt
    std::chrono::milliseconds timeout{5000};     // per attempt: Shopify waits 5 seconds
};

class WebhookSender {
public:
    explicit WebhookSender(SimStats& stats);
    ~WebhookSender();
    WebhookSender(const WebhookSender&) = delete;
    WebhookSender& operator=(const WebhookSender&) = delete;

    // Queues the delivery and returns at once. Thread-safe.
    void send(WebhookDelivery delivery);
    void set_schedule(RetrySchedule schedule);
    RetrySchedule schedule() const;
    // Drops whatever is queued or waiting for a retry.
    void stop();

private:
    void pump();
    void attempt(WebhookDelivery delivery);
    void on_outcome(WebhookDelivery delivery, PostOutcome outcome);

    SimStats& stats_;
    boost::asio::ssl::context tls_;  // before io_: sessions still pending when io_ goes use it
    boost::asio::io_context io_;
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_;
    mutable std::mutex mutex_;  // guards schedule_
    RetrySchedule schedule_;
    // Only touched on the sender's thread.
    std::deque<WebhookDelivery> queue_;
    bool busy_ = false;
    std::thread thread_;
};

}  // namespace sim::shopify
