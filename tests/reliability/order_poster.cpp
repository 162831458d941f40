#include "tests/reliability/order_poster.hpp"

#include <atomic>
#include <thread>
#include <vector>

#include "host/http/outbound_client.hpp"
#include "tests/reliability/reliability_order.hpp"

namespace reliability {

PostedOrders post_orders(sim::shopify::ShopifySim& shop, const std::filesystem::path& ca_file, int count,
                         const std::function<std::int64_t(int)>& ids, int threads) {
    std::atomic<int> next{0};
    std::atomic<int> created{0};
    std::atomic<int> refused{0};
    std::vector<std::thread> senders;
    for (int t = 0; t < threads; ++t) {
        senders.emplace_back([&] {
            host::http::OutboundClient client({}, true);
            for (int n = next++; n < count; n = next++) {
                host_api::OutboundRequest request;
                request.url = shop.url("/_sim/orders");
                request.headers = {{"Content-Type", "application/json"}};
                request.body = order_json(ids(n));
                request.ca_file = ca_file.string();
                request.timeout = std::chrono::seconds(30);
                const auto answer = client.send(request);
                (answer && answer->status == 201 ? created : refused)++;
            }
        });
    }
    for (auto& sender : senders) sender.join();
    return PostedOrders{created.load(), refused.load()};
}

}  // namespace reliability
