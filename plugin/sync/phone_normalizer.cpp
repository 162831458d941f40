#include "plugin/sync/phone_normalizer.hpp"

#include <phonenumbers/phonenumberutil.h>

namespace shopify::sync {
namespace {

std::optional<std::string> parse_in(const std::string& text, const std::string& region) {
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(text, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) return std::nullopt;
    if (!util.IsValidNumber(number)) return std::nullopt;
    std::string formatted;
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    return formatted;
}

}  // namespace

std::optional<std::string> normalize_phone(std::string_view text, std::string_view region) {
    const std::string raw(text);
    if (raw.find_first_of("0123456789") == std::string::npos) return std::nullopt;
    if (auto parsed = parse_in(raw, std::string(region))) return parsed;
    // "380671234567": the country code without its "+".
    if (raw.front() != '+') {
        if (auto parsed = parse_in("+" + raw, std::string(region))) return parsed;
    }
    return std::nullopt;
}

}  // namespace shopify::sync
