#include "tests/sim/shopify/webhook_sender.hpp"

#include <memory>

#include <spdlog/spdlog.h>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>

#include "tests/sim/shopify/webhook_url.hpp"

namespace sim::shopify {
namespace net = boost::asio;

WebhookSender::WebhookSender(SimStats& stats)
    : stats_(stats), tls_(net::ssl::context::tls_client), work_(net::make_work_guard(io_)) {
    // The local Shopify delivers to throwaway test servers, whose certificates no store
    // vouches for; what is under test is the receiver, not the sender's trust.
    tls_.set_verify_mode(net::ssl::verify_none);
    thread_ = std::thread([this] { io_.run(); });
}

WebhookSender::~WebhookSender() { stop(); }

void WebhookSender::stop() {
    work_.reset();
    io_.stop();
    if (thread_.joinable()) thread_.join();
}

void WebhookSender::set_schedule(RetrySchedule schedule) {
    std::lock_guard lock(mutex_);
    schedule_ = schedule;
}

RetrySchedule WebhookSender::schedule() const {
    std::lock_guard lock(mutex_);
    return schedule_;
}

void WebhookSender::send(WebhookDelivery delivery) {
    net::post(io_, [this, delivery = std::move(delivery)]() mutable {
        queue_.push_back(std::move(delivery));
        pump();
    });
}

void WebhookSender::pump() {
    if (busy_ || queue_.empty()) return;
    busy_ = true;
    auto delivery = std::move(queue_.front());
    queue_.pop_front();
    attempt(std::move(delivery));
}

void WebhookSender::attempt(WebhookDelivery delivery) {
    ++delivery.attempts;
    ++stats_.webhook_attempts;
    const auto url = parse_webhook_url(delivery.url);
    if (!url) {
        spdlog::warn("shopify-sim webhook {} not sent: \"{}\" is no http(s) URL", delivery.webhook_id, delivery.url);
        ++stats_.webhooks_failed;
        busy_ = false;
        return pump();
    }
    auto copy = delivery;
    start_webhook_post(io_, tls_, copy, *url, schedule().timeout,
                       [this, delivery = std::move(delivery)](PostOutcome outcome) mutable {
                           on_outcome(std::move(delivery), std::move(outcome));
                       });
}

void WebhookSender::on_outcome(WebhookDelivery delivery, PostOutcome outcome) {
    busy_ = false;
    const auto schedule = this->schedule();
    if (outcome.delivered()) {
        ++stats_.webhooks_sent;
        spdlog::debug("shopify-sim webhook {} {} delivered (attempt {})", delivery.topic, delivery.webhook_id,
                      delivery.attempts);
    } else if (delivery.attempts <= schedule.retries) {
        const auto delay = schedule.first_delay * (1LL << std::min(delivery.attempts - 1, 30));
        spdlog::debug("shopify-sim webhook {} {} failed ({}), retry in {} ms", delivery.topic, delivery.webhook_id,
                      outcome.status != 0 ? "HTTP " + std::to_string(outcome.status) : outcome.error, delay.count());
        auto timer = std::make_shared<net::steady_timer>(io_, delay);
        timer->async_wait([this, timer, delivery = std::move(delivery)](boost::system::error_code ec) mutable {
            if (ec) return;
            queue_.push_back(std::move(delivery));
            pump();
        });
    } else {
        ++stats_.webhooks_failed;
        spdlog::warn("shopify-sim webhook {} {} gave up after {} attempts ({})", delivery.topic, delivery.webhook_id,
                     delivery.attempts, outcome.status != 0 ? "HTTP " + std::to_string(outcome.status) : outcome.error);
    }
    pump();
}

}  // namespace sim::shopify
