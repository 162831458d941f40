#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <phonenumbers/phonenumberutil.h>

#include "plugin/sync/phone_normalizer.hpp"

using shopify::sync::normalize_phone;

TEST_CASE("R26 one Ukrainian number written three ways normalizes to one E.164 number") {
    CHECK(normalize_phone("067 123 45 67") == "+380671234567");
    CHECK(normalize_phone("+380671234567") == "+380671234567");
    CHECK(normalize_phone("380671234567") == "+380671234567");
    CHECK(normalize_phone("(067) 123-45-67") == "+380671234567");
}

TEST_CASE("R26 a number of another country keeps its country code") {
    CHECK(normalize_phone("+1 613-555-0123") == "+16135550123");
    CHECK(normalize_phone("613-555-0123", "CA") == "+16135550123");
}

TEST_CASE("R26 the same text read in two regions gives each region's answer, asked in turns") {
    for (int round = 0; round < 2; ++round) {
        CHECK(normalize_phone("613-555-0123", "CA") == "+16135550123");
        CHECK_FALSE(normalize_phone("613-555-0123", "UA"));
        CHECK(normalize_phone("067 123 45 67", "UA") == "+380671234567");
        CHECK_FALSE(normalize_phone("067 123 45 67", "CA"));
    }
}

TEST_CASE("R26 text that is no valid number is not normalized") {
    CHECK_FALSE(normalize_phone(""));
    CHECK_FALSE(normalize_phone("555-555-SHIP"));  // from the Shopify test webhook
    CHECK_FALSE(normalize_phone("12"));
}

namespace {

// What libphonenumber's parser makes of a text, as normalize_phone documents it: the
// text as written, then with a "+" in front.
std::optional<std::string> parsed_by_libphonenumber(const std::string& text, const std::string& region) {
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    for (const auto& candidate : {text, "+" + text}) {
        PhoneNumber number;
        if (util.Parse(candidate, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) continue;
        if (!util.IsValidNumber(number)) continue;
        std::string formatted;
        util.Format(number, PhoneNumberUtil::E164, &formatted);
        return formatted;
    }
    return std::nullopt;
}

// Every way a Ukrainian shop sees one number written.
std::vector<std::string> written_forms(const std::string& nine) {
    const auto operator_code = nine.substr(0, 2);
    const auto rest = nine.substr(2);
    return {"+380" + nine,
            "380" + nine,
            "0" + nine,
            "(0" + operator_code + ") " + rest.substr(0, 3) + "-" + rest.substr(3, 2) + "-" + rest.substr(5),
            "+380 " + operator_code + " " + rest.substr(0, 3) + " " + rest.substr(3, 2) + " " + rest.substr(5),
            "+380 (0) " + nine,
            "+3800" + nine,
            "00380" + nine,
            "+38-0" + operator_code + "-" + rest};
}

}  // namespace

TEST_CASE("R26 a Ukrainian number read without the parser normalizes as libphonenumber's parser reads it") {
    // Every two-digit code after +380, valid operators and invalid ones alike, each with a
    // few subscriber numbers, in every written form, read in Ukraine and in Poland.
    std::size_t valid = 0;
    for (int code = 0; code < 100; ++code) {
        for (const char* subscriber : {"1234567", "0000000", "9999999", "5550123"}) {
            const auto nine = (code < 10 ? "0" : "") + std::to_string(code) + subscriber;
            for (const auto& text : written_forms(nine)) {
                for (const char* region : {"UA", "PL"}) {
                    INFO(text << " in " << region);
                    const auto expected = parsed_by_libphonenumber(text, region);
                    CHECK(normalize_phone(text, region) == expected);
                    if (expected) ++valid;
                }
            }
        }
    }
    CHECK(valid > 1000);  // the comparison covered valid numbers, not only refusals
}

TEST_CASE("R26 the first four national digits decide a Ukrainian number's validity, as the parser sees it") {
    // The shortcut asks libphonenumber once per four-digit prefix and keeps the answer. For
    // every prefix, numbers that differ from each other in every later digit must all get
    // the parser's answer: a plan where a fifth or later digit decides fails here.
    std::vector<std::string> suffixes;
    for (char digit = '0'; digit <= '9'; ++digit) suffixes.emplace_back(5, digit);
    for (const char* mixed : {"01234", "56789", "98765", "43210"}) suffixes.emplace_back(mixed);
    std::size_t valid = 0;
    std::size_t differing = 0;
    for (int prefix = 1000; prefix < 10000; ++prefix) {
        for (const auto& suffix : suffixes) {
            const auto nine = std::to_string(prefix) + suffix;
            const auto expected = parsed_by_libphonenumber("+380" + nine, "UA");
            const auto got = normalize_phone("+380" + nine, "UA");
            if (got != expected) {
                ++differing;
                INFO("+380" << nine);
                CHECK(got == expected);
            }
            if (expected) ++valid;
        }
    }
    CHECK(differing == 0);
    CHECK(valid > 10000);  // mobile, fixed, toll-free, premium and VoIP prefixes were among them
}
