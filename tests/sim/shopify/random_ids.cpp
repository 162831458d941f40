#include "tests/sim/shopify/random_ids.hpp"

#include <array>
#include <cstdio>
#include <stdexcept>
#include <vector>

#include <openssl/rand.h>

namespace sim::shopify {
namespace {

void fill(unsigned char* data, std::size_t size) {
    if (RAND_bytes(data, static_cast<int>(size)) != 1) throw std::runtime_error("RAND_bytes failed");
}

std::string hex(const unsigned char* data, std::size_t size) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        out.push_back(digits[data[i] >> 4]);
        out.push_back(digits[data[i] & 0x0f]);
    }
    return out;
}

}  // namespace

std::string random_uuid() {
    std::array<unsigned char, 16> bytes{};
    fill(bytes.data(), bytes.size());
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40);  // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80);  // RFC 4122 variant
    const std::string text = hex(bytes.data(), bytes.size());
    return text.substr(0, 8) + "-" + text.substr(8, 4) + "-" + text.substr(12, 4) + "-" + text.substr(16, 4) + "-" +
           text.substr(20);
}

std::string random_hex(std::size_t bytes) {
    std::vector<unsigned char> data(bytes);
    fill(data.data(), data.size());
    return hex(data.data(), data.size());
}

}  // namespace sim::shopify
