#include <catch2/catch.hpp>

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

TEST_CASE("R26 text that is no valid number is not normalized") {
    CHECK_FALSE(normalize_phone(""));
    CHECK_FALSE(normalize_phone("555-555-SHIP"));  // from the Shopify test webhook
    CHECK_FALSE(normalize_phone("12"));
}
