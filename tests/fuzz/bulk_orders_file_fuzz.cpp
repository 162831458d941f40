// libFuzzer target: the JSONL file of a bulk operation, indexed and every order decoded.
#include <cstddef>
#include <cstdint>
#include <string>

#include "plugin/shopify/bulk_orders_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string jsonl(reinterpret_cast<const char*>(data), size);
    for (const auto& order : shopify::read_bulk_orders(jsonl)) {
        if (order.order && order.order.value().id.empty()) __builtin_trap();  // a decoded order has its id
    }
    return 0;
}
