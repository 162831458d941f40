#include "plugin/sync/phone_normalizer.hpp"

#include <array>
#include <atomic>

#include <phonenumbers/phonenumberutil.h>

namespace shopify::sync {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr std::int32_t k_ukraine_code = 380;
constexpr std::size_t k_ukraine_national_digits = 9;

std::optional<std::string> parse_in(const std::string& text, const std::string& region) {
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(text, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) return std::nullopt;
    if (!util.IsValidNumber(number)) return std::nullopt;
    std::string formatted;
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    return formatted;
}

// The 9 national digits of a number read in Ukraine and written as most Ukrainian shops
// get them: "+380 67 123 45 67", "380671234567" or "(067) 123-45-67", with no other sign
// than spaces, dashes and brackets. Empty for any other shape.
std::string ukrainian_national_digits(std::string_view text) {
    std::string digits;
    bool plus = false;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            digits += c;
        } else if (c == '+' && digits.empty() && !plus) {
            plus = true;
        } else if (c != ' ' && c != '-' && c != '(' && c != ')') {
            return {};
        }
    }
    if (digits.size() == 12 && digits.compare(0, 3, "380") == 0) return digits.substr(3);
    if (!plus && digits.size() == 10 && digits.front() == '0') return digits.substr(1);  // the trunk prefix
    return {};
}

// Whether a Ukrainian national number is valid, by its first four digits. In
// libphonenumber's plan for Ukraine every kind of number is a prefix of at most four
// digits followed by any digits up to nine (mobile (?:39|50|6[36-8]|7[1-3]|9[1-9])\d{7},
// premium rate 900[2-49]\d{5}, ...), so those four decide. Each prefix is asked of
// libphonenumber once, with the first number that has it: its check runs a regular
// expression per kind of number, which was 8 % of an import. A test holds the library
// to this, every prefix against numbers that differ in each later digit.
class UkrainianPrefixes {
public:
    bool valid(std::string_view national) {
        auto& known = known_[static_cast<std::size_t>(leading_digits(national))];
        const auto answer = known.load(std::memory_order_relaxed);
        if (answer != k_unknown) return answer == k_valid;
        const bool is_valid = ask_libphonenumber(national);
        known.store(is_valid ? k_valid : k_invalid, std::memory_order_relaxed);
        return is_valid;
    }

private:
    static constexpr std::size_t k_prefix_digits = 4;
    static constexpr signed char k_unknown = 0;
    static constexpr signed char k_valid = 1;
    static constexpr signed char k_invalid = -1;

    static int leading_digits(std::string_view national) {
        int prefix = 0;
        for (std::size_t i = 0; i < k_prefix_digits; ++i) prefix = prefix * 10 + (national[i] - '0');
        return prefix;
    }

    static bool ask_libphonenumber(std::string_view national) {
        PhoneNumber number;
        number.set_country_code(k_ukraine_code);
        number.set_national_number(std::stoull(std::string(national)));
        return PhoneNumberUtil::GetInstance()->IsValidNumber(number);
    }

    std::array<std::atomic<signed char>, 10000> known_{};  // by the first four digits
};

// Parsing is most of libphonenumber's time on an import (its patterns are regular
// expressions run over the text); the shapes above need no parser, only the validity check
// against the Ukrainian number plan. Read in another region, or in any other shape, a
// number takes the full way, so a result here is always the one the parser gives.
std::optional<std::string> ukrainian_shortcut(std::string_view text, std::string_view region) {
    static UkrainianPrefixes prefixes;
    if (region != "UA") return std::nullopt;
    const auto national = ukrainian_national_digits(text);
    if (national.size() != k_ukraine_national_digits || national.front() == '0') return std::nullopt;
    if (!prefixes.valid(national)) return std::nullopt;
    return "+380" + national;
}

}  // namespace

std::optional<std::string> normalize_phone(std::string_view text, std::string_view region) {
    const std::string raw(text);
    if (raw.find_first_of("0123456789") == std::string::npos) return std::nullopt;
    if (auto quick = ukrainian_shortcut(text, region)) return quick;
    if (auto parsed = parse_in(raw, std::string(region))) return parsed;
    // "380671234567": the country code without its "+".
    if (raw.front() != '+') {
        if (auto parsed = parse_in("+" + raw, std::string(region))) return parsed;
    }
    return std::nullopt;
}

}  // namespace shopify::sync
