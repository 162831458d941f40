#include "tests/sim/shopify/sim_stats.hpp"

#include "tests/sim/shopify/json_fields.hpp"

namespace sim::shopify {

std::string SimStats::to_json() const {
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("requests");
    out.Uint64(requests.load());
    out.Key("graphql_requests");
    out.Uint64(graphql_requests.load());
    out.Key("cost_used");
    out.Uint64(cost_used.load());
    out.Key("throttled");
    out.Uint64(throttled.load());
    out.Key("webhooks_sent");
    out.Uint64(webhooks_sent.load());
    out.Key("webhooks_failed");
    out.Uint64(webhooks_failed.load());
    out.Key("webhook_attempts");
    out.Uint64(webhook_attempts.load());
    out.Key("bulk_operations");
    out.Uint64(bulk_operations.load());
    out.Key("bulk_downloads");
    out.Uint64(bulk_downloads.load());
    out.Key("faults_injected");
    out.Uint64(faults_injected.load());
    out.EndObject();
    return buffer.GetString();
}

}  // namespace sim::shopify
