#pragma once
// Money as minor units (hundredths) and a currency code; never floating point.
// Shopify and Nova Poshta send amounts as decimal strings ("199.00", "60.3"), so the
// parser reads digits, never a double (STYLE.md, Shape).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace host_api {

struct Money {
    std::int64_t minor_units = 0;  // hundredths of the currency unit
    std::string currency;          // ISO 4217, e.g. "UAH"

    friend bool operator==(const Money&, const Money&) = default;
};

// "199", "199.5", "199.50", "-3.20", "1.500" (trailing zeros beyond two places are
// accepted); anything else, or a third significant decimal, is nullopt.
inline std::optional<std::int64_t> parse_minor_units(std::string_view text) {
    if (text.empty()) return std::nullopt;
    bool negative = false;
    std::size_t at = 0;
    if (text[0] == '-' || text[0] == '+') {
        negative = text[0] == '-';
        at = 1;
    }
    std::int64_t units = 0;
    int whole_digits = 0;
    for (; at < text.size() && text[at] != '.'; ++at, ++whole_digits) {
        const char c = text[at];
        if (c < '0' || c > '9' || whole_digits >= 15) return std::nullopt;
        units = units * 10 + (c - '0');
    }
    if (whole_digits == 0) return std::nullopt;
    std::int64_t fraction = 0;
    int fraction_digits = 0;
    if (at < text.size()) {
        ++at;  // the '.'
        if (at == text.size()) return std::nullopt;
        for (; at < text.size(); ++at, ++fraction_digits) {
            const char c = text[at];
            if (c < '0' || c > '9') return std::nullopt;
            if (fraction_digits < 2) {
                fraction = fraction * 10 + (c - '0');
            } else if (c != '0') {
                return std::nullopt;
            }
        }
    }
    if (fraction_digits == 1) fraction *= 10;
    const std::int64_t minor = units * 100 + fraction;
    return negative ? -minor : minor;
}

inline std::optional<Money> parse_money(std::string_view amount, std::string currency) {
    auto minor = parse_minor_units(amount);
    if (!minor) return std::nullopt;
    return Money{*minor, std::move(currency)};
}

// "1234.50": the decimal string used in dumps and the JSON API.
inline std::string format_amount(std::int64_t minor_units) {
    const bool negative = minor_units < 0;
    const std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(minor_units) : static_cast<std::uint64_t>(minor_units);
    std::string cents = std::to_string(magnitude % 100);
    if (cents.size() < 2) cents.insert(0, "0");
    return (negative ? "-" : "") + std::to_string(magnitude / 100) + "." + cents;
}

inline std::string format_amount(const Money& money) { return format_amount(money.minor_units); }

}  // namespace host_api
