#pragma once
// A plain-HTTP server on a free loopback port that records the webhooks the sim POSTs and
// answers each with the next status of a script (200 once the script runs out).
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "host_api/http.hpp"

namespace sim_test {

class WebhookReceiver {
public:
    explicit WebhookReceiver(std::vector<int> statuses = {});
    ~WebhookReceiver();
    WebhookReceiver(const WebhookReceiver&) = delete;
    WebhookReceiver& operator=(const WebhookReceiver&) = delete;

    std::uint16_t port() const;
    // "http://127.0.0.1:<port>/webhooks"
    std::string url() const;
    // Waits until at least `count` requests arrived (or the timeout passed); returns
    // every request received so far.
    std::vector<host_api::HttpRequest> wait_for(std::size_t count,
                                                std::chrono::seconds timeout = std::chrono::seconds(20)) const;
    std::vector<host_api::HttpRequest> received() const;

private:
    struct Running;
    std::unique_ptr<Running> running_;
};

}  // namespace sim_test
