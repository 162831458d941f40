#pragma once
// What the local Shopify counted, for GET /_sim/stats. Updated from any thread.
#include <atomic>
#include <cstdint>
#include <string>

namespace sim::shopify {

struct SimStats {
    std::atomic<std::uint64_t> requests{0};          // every HTTP request, any path
    std::atomic<std::uint64_t> graphql_requests{0};  // POSTs to the GraphQL endpoint
    std::atomic<std::uint64_t> cost_used{0};         // actualQueryCost, summed
    std::atomic<std::uint64_t> throttled{0};         // THROTTLED answers
    std::atomic<std::uint64_t> webhooks_sent{0};     // deliveries answered 2xx (duplicates count)
    std::atomic<std::uint64_t> webhooks_failed{0};   // deliveries that ran out of retries
    std::atomic<std::uint64_t> webhook_attempts{0};  // HTTP attempts, retries included
    std::atomic<std::uint64_t> bulk_operations{0};   // bulk queries started (refusals not counted)
    std::atomic<std::uint64_t> bulk_downloads{0};    // result files served
    std::atomic<std::uint64_t> faults_injected{0};   // GraphQL requests failed on purpose (/_sim/faults)

    // {"requests":…,"graphql_requests":…,"cost_used":…,"throttled":…,"webhooks_sent":…,
    //  "webhooks_failed":…,"webhook_attempts":…,"bulk_operations":…,"bulk_downloads":…,
    //  "faults_injected":…}
    std::string to_json() const;
};

}  // namespace sim::shopify
