#pragma once
// One attempt to deliver a webhook: resolve, connect, TLS handshake for https://, POST,
// read the answer's status. A Beast session; `done` runs once, on the io_context.
#include <chrono>
#include <functional>
#include <string>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/context.hpp>

#include "tests/sim/shopify/webhook_delivery.hpp"
#include "tests/sim/shopify/webhook_url.hpp"

namespace sim::shopify {

struct PostOutcome {
    int status = 0;     // 0 when no answer came
    std::string error;  // why not, then

    bool delivered() const { return status >= 200 && status < 300; }
};

using PostDone = std::function<void(PostOutcome)>;

void start_webhook_post(boost::asio::io_context& io, boost::asio::ssl::context& tls, const WebhookDelivery& delivery,
                        const WebhookUrl& url, std::chrono::milliseconds timeout, PostDone done);

}  // namespace sim::shopify
