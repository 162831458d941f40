// The webhook route under concurrent load over real HTTP: deliveries
// sent together are group-committed, and every 200 comes after its delivery is on disk.
#include <atomic>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "host/store/host_store.hpp"
#include "tests/integration/import_harness.hpp"
#include "tests/sim/shopify/webhook_signature.hpp"

using test_support::ImportHarness;

namespace {

host_api::OutboundRequest signed_delivery(ImportHarness& harness, const std::string& webhook_id,
                                          const std::string& order_id) {
    const std::string body = R"({"id":)" + order_id + R"(,"updated_at":"2026-11-27T09:00:00+02:00"})";
    host_api::OutboundRequest request;
    request.url = "http://127.0.0.1:" + std::to_string(harness.host().port()) + "/webhooks/shopify";
    request.body = body;
    request.headers = {{"X-Shopify-Topic", "orders/updated"},
                       {"X-Shopify-Shop-Domain", "kyiv-honey.myshopify.com"},
                       {"X-Shopify-Webhook-Id", webhook_id},
                       {"X-Shopify-Hmac-Sha256", sim::shopify::webhook_hmac("integration-client-secret", body)}};
    return request;
}

// The delivery's record in the inbox's journal, or, once the worker moved it, its mark. The
// journal is read first: a record moved before that read has its mark committed already.
bool durable(host_api::PluginState& on_disk, const std::string& webhook_id) {
    auto records = on_disk.entries("intake/");
    if (!records) return false;
    const auto tail = "|" + webhook_id;
    for (const auto& [key, value] : *records)
        if (value.size() >= tail.size() && value.compare(value.size() - tail.size(), tail.size(), tail) == 0)
            return true;
    auto mark = on_disk.get("webhook/" + webhook_id);
    return mark && mark->has_value();
}

}  // namespace

TEST_CASE("R11 R28 every webhook answered 200 under 8 concurrent senders is already committed on disk") {
    ImportHarness harness;
    // A second connection to the host's database, as a process started after a crash would
    // open it: it sees committed rows only.
    auto disk = host::store::HostStore::open(harness.data_dir());
    REQUIRE(disk);
    auto on_disk = (*disk)->plugin_state("shopify");
    constexpr int k_senders = 8;
    constexpr int k_each = 25;
    std::atomic<int> answered_200{0};
    std::atomic<int> committed_before_200{0};
    std::vector<std::thread> senders;
    for (int s = 0; s < k_senders; ++s) {
        senders.emplace_back([&, s] {
            host::http::OutboundClient client({}, true);
            for (int i = 0; i < k_each; ++i) {
                const auto id = "load-" + std::to_string(s) + "-" + std::to_string(i);
                auto response = client.send(signed_delivery(harness, id, std::to_string(940000 + s * k_each + i)));
                if (!response || response->status != 200) continue;
                ++answered_200;
                if (durable(*on_disk, id)) ++committed_before_200;
            }
        });
    }
    for (auto& sender : senders) sender.join();
    CHECK(answered_200 == k_senders * k_each);
    CHECK(committed_before_200 == k_senders * k_each);
}
