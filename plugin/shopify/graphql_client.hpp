#pragma once
// The GraphQL Admin API of one shop over the host's outbound HTTPS. Cost-aware (waits for
// its bucket), and patient: a THROTTLED answer (HTTP 200 or 429) waits and retries, 5xx
// and broken connections retry with backoff, so nothing is lost to a busy Shopify (R28).
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <spdlog/logger.h>

#include "host_api/http.hpp"
#include "host_api/result.hpp"
#include "plugin/shopify/access_token_source.hpp"
#include "plugin/shopify/cost_bucket.hpp"
#include "plugin/shopify/pause.hpp"
#include "plugin/shopify/store_settings.hpp"

namespace shopify {

struct GraphqlAnswer {
    rapidjson::Document document;  // the whole answer; "data" is what the caller reads
    // Shopify withheld personal data (Basic plan, no protected customer data access): the
    // fields are null and errors say ACCESS_DENIED (R25).
    bool customer_data_withheld = false;
};

struct GraphqlStats {
    std::uint64_t requests = 0;
    std::uint64_t throttled = 0;     // THROTTLED answers and 429s
    std::uint64_t retries = 0;       // after 5xx or broken connections
    double points_used = 0;          // actualQueryCost, summed
    std::uint64_t token_grants = 0;  // access tokens from the client credentials grant
};

class GraphqlClient {
public:
    GraphqlClient(StoreSettings settings, host_api::OutboundHttp& http, std::shared_ptr<spdlog::logger> logger,
                  Pause& pause);

    // estimated_cost: the query's requested cost, so the client waits for that many points.
    host_api::Result<GraphqlAnswer> execute(const std::string& operation, const std::string& query,
                                            const std::string& variables_json, double estimated_cost);
    GraphqlStats stats() const;

private:
    enum class Outcome { done, retry_now, back_off, failed };
    struct Attempt {
        Outcome outcome = Outcome::failed;
        host_api::Result<GraphqlAnswer> answer = host_api::permanent_error("not sent");
        std::chrono::milliseconds wait{0};
    };

    Attempt send_once(const std::string& body, double estimated_cost, bool& token_renewed);
    Attempt read_answer(const host_api::OutboundResponse& response);
    Attempt refused_token(const host_api::OutboundResponse& response, const std::string& token, bool& token_renewed);
    host_api::OutboundRequest request_for(const std::string& body, const std::string& token) const;

    StoreSettings settings_;
    host_api::OutboundHttp& http_;
    std::shared_ptr<spdlog::logger> logger_;
    Pause& pause_;
    AccessTokenSource tokens_;
    CostBucket bucket_;
    std::atomic<std::uint64_t> requests_{0};
    std::atomic<std::uint64_t> throttled_{0};
    std::atomic<std::uint64_t> retries_{0};
    std::atomic<std::uint64_t> points_used_milli_{0};
};

}  // namespace shopify
