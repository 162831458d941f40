#include "plugin/sync/phone_normalizer.hpp"

#include <mutex>
#include <unordered_map>

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

// Parsing is most of libphonenumber's time on an import (its patterns are regular
// expressions run over the text); the shapes above need no parser, only its validity
// check against the Ukrainian number plan. Read in another region, or in any other shape,
// a number takes the full way, so a result here is always the one the parser gives.
std::optional<std::string> ukrainian_shortcut(std::string_view text, std::string_view region) {
    if (region != "UA") return std::nullopt;
    const auto national = ukrainian_national_digits(text);
    if (national.size() != k_ukraine_national_digits || national.front() == '0') return std::nullopt;
    PhoneNumber number;
    number.set_country_code(k_ukraine_code);
    number.set_national_number(std::stoull(national));
    if (!PhoneNumberUtil::GetInstance()->IsValidNumber(number)) return std::nullopt;
    return "+380" + national;
}

std::optional<std::string> normalized_now(std::string_view text, std::string_view region) {
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

// The numbers normalized lately, with what they gave. Even the shortcut's validity check
// runs libphonenumber's regular expressions, and one number comes again and again: an
// order names it for its client and for its delivery's recipient, and every order of a
// returning client and every update of an order names it anew.
class RecentNumbers {
public:
    std::optional<std::optional<std::string>> find(const std::string& key) {
        std::lock_guard lock(mutex_);
        const auto found = numbers_.find(key);
        if (found == numbers_.end()) return std::nullopt;
        return found->second;
    }

    void keep(std::string key, std::optional<std::string> normalized) {
        std::lock_guard lock(mutex_);
        if (numbers_.size() >= k_limit) numbers_.clear();  // a bound, not a history
        numbers_.emplace(std::move(key), std::move(normalized));
    }

private:
    // About 1 MiB when full: the clients of a busy day.
    static constexpr std::size_t k_limit = 16384;

    std::mutex mutex_;
    std::unordered_map<std::string, std::optional<std::string>> numbers_;
};

}  // namespace

std::optional<std::string> normalize_phone(std::string_view text, std::string_view region) {
    static RecentNumbers recent;
    std::string key;
    key.reserve(region.size() + 1 + text.size());
    key.append(region).append(1, ' ').append(text);
    if (auto known = recent.find(key)) return *known;
    auto normalized = normalized_now(text, region);
    recent.keep(std::move(key), normalized);
    return normalized;
}

}  // namespace shopify::sync
