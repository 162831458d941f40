#include "shipping_adapters/nova_poshta/ttn_number.hpp"

#include <algorithm>

namespace adapters::nova_poshta {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view text) { return !text.empty() && std::all_of(text.begin(), text.end(), is_digit); }

std::string_view trimmed(std::string_view text) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    return text;
}

}  // namespace

std::string clean_ttn(std::string_view text) {
    text = trimmed(text);
    std::string digits;
    for (const char c : text) {
        if (is_digit(c)) {
            digits += c;
        } else if (c != ' ' && c != '-') {
            return std::string(text);
        }
    }
    return digits;
}

bool looks_like_ttn(std::string_view number) {
    return number.size() == 14 && all_digits(number) &&
           (number.substr(0, 2) == "20" || number.substr(0, 2) == "59");
}

bool is_trackable_ttn(std::string_view number) {
    return number.size() >= 10 && number.size() <= 14 && all_digits(number);
}

std::string ttn_of(const host_api::Delivery& delivery) {
    if (auto named = clean_ttn(delivery.np_ttn); !named.empty()) return named;
    for (const auto& tracking : delivery.tracking_numbers) {
        auto number = clean_ttn(tracking);
        if (looks_like_ttn(number)) return number;
    }
    return {};
}

}  // namespace adapters::nova_poshta
