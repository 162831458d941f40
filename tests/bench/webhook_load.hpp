#pragma once
// The webhook benchmark's load: K keep-alive connections, each sending signed deliveries
// one after another (as Shopify's senders do) for a fixed time, every answer timed.
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace bench {

struct WebhookLoad {
    std::uint16_t port = 0;  // on 127.0.0.1
    std::string target = "/webhooks/shopify";
    std::string shop_domain;
    std::string client_secret;
    int connections = 16;
    std::chrono::milliseconds warm_up{1000};  // sent, not counted
    std::chrono::milliseconds measured{10000};
    // Order bodies the deliveries cycle through (signed once each); every delivery has a
    // webhook id of its own.
    std::vector<std::string> bodies;
    std::string id_prefix = "bench";
};

struct LoadFigures {
    std::uint64_t answered_200 = 0;
    std::uint64_t other_answers = 0;  // any status but 200, or a broken connection
    double seconds = 0;
    double p50_ms = 0;
    double p99_ms = 0;
    double rate() const { return seconds > 0 ? answered_200 / seconds : 0; }
};

LoadFigures run_webhook_load(const WebhookLoad& load);

}  // namespace bench
