// libFuzzer target: a webhook body, as any client could post it, read as each topic whose
// body the plugin reads differently (orders/edited names the order elsewhere).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "plugin/shopify/webhook_payload.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    for (const char* topic : {"orders/create", "orders/edited", "orders/cancelled"}) {
        const auto payload = shopify::read_webhook_payload(topic, body);
        if (payload && payload.value().order_id.empty()) __builtin_trap();  // an accepted webhook names its order
    }
    return 0;
}
