#include "tests/sim/shopify/order_cursor.hpp"

#include <openssl/evp.h>

#include "tests/sim/shopify/json_fields.hpp"

namespace sim::shopify {
namespace {

// Long enough for {"last_id":<20 digits>,"last_value":"<time>"} in base64.
constexpr std::size_t k_longest_cursor = 160;

std::string base64(const std::string& plain) {
    std::string out(4 * ((plain.size() + 2) / 3), '\0');
    const int length =
        EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                        reinterpret_cast<const unsigned char*>(plain.data()), static_cast<int>(plain.size()));
    out.resize(static_cast<std::size_t>(length));
    return out;
}

std::optional<std::string> unbase64(std::string_view text) {
    if (text.empty() || text.size() % 4 != 0 || text.size() > k_longest_cursor) return std::nullopt;
    std::string plain(text.size() / 4 * 3, '\0');
    const int length =
        EVP_DecodeBlock(reinterpret_cast<unsigned char*>(plain.data()),
                        reinterpret_cast<const unsigned char*>(text.data()), static_cast<int>(text.size()));
    if (length < 0) return std::nullopt;
    plain.resize(static_cast<std::size_t>(length));
    plain.erase(plain.find_last_not_of('\0') + 1);  // the decoder pads with zero bytes
    return plain;
}

}  // namespace

bool OrderPosition::operator<(const OrderPosition& other) const {
    if (updated_at != other.updated_at) return updated_at < other.updated_at;
    if (id.size() != other.id.size()) return id.size() < other.id.size();  // digits, no leading zeros
    return id < other.id;
}

std::string order_cursor(const OrderPosition& position) {
    return base64("{\"last_id\":" + position.id + ",\"last_value\":\"" + host_api::format_iso8601(position.updated_at) +
                  "\"}");
}

std::optional<OrderPosition> position_of_order_cursor(std::string_view cursor) {
    const auto plain = unbase64(cursor);
    if (!plain) return std::nullopt;
    rapidjson::Document json;
    json.Parse(plain->c_str(), plain->size());
    if (json.HasParseError() || !json.IsObject()) return std::nullopt;
    const auto id = member_id(json, "last_id");
    const auto value = member_string(json, "last_value");
    const auto time = value ? host_api::parse_iso8601(*value) : std::nullopt;
    if (!id || !time) return std::nullopt;
    return OrderPosition{*time, *id};
}

}  // namespace sim::shopify
