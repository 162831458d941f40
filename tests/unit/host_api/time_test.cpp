#include <catch2/catch.hpp>

#include "host_api/time.hpp"

TEST_CASE("ISO 8601 times with offsets become UTC") {
    const auto t = host_api::parse_iso8601("2008-01-10T11:00:00-05:00");
    REQUIRE(t);
    CHECK(host_api::format_iso8601(*t) == "2008-01-10T16:00:00Z");
    CHECK(host_api::format_iso8601(*host_api::parse_iso8601("2024-03-01T10:00:00Z")) == "2024-03-01T10:00:00Z");
    CHECK(host_api::format_iso8601(*host_api::parse_iso8601("2024-03-01T10:00:00.123+02:00")) == "2024-03-01T08:00:00Z");
    CHECK(host_api::format_iso8601(*host_api::parse_iso8601("2024-03-01 10:00:00")) == "2024-03-01T10:00:00Z");
}

TEST_CASE("malformed times are refused") {
    CHECK_FALSE(host_api::parse_iso8601("2024-13-01T10:00:00Z"));
    CHECK_FALSE(host_api::parse_iso8601("2024-02-30T10:00:00Z"));
    CHECK_FALSE(host_api::parse_iso8601("yesterday"));
    CHECK_FALSE(host_api::parse_iso8601("2024-03-01T10:00:00+0200"));
    // Every place of the pattern must hold a digit: no sign, space or letter instead.
    CHECK_FALSE(host_api::parse_iso8601(" 024-03-01T10:00:00Z"));
    CHECK_FALSE(host_api::parse_iso8601("2024-+3-01T10:00:00Z"));
    CHECK_FALSE(host_api::parse_iso8601("2024-03-0xT10:00:00Z"));
    CHECK_FALSE(host_api::parse_iso8601("2024-03-01T10:00: 0Z"));
    CHECK_FALSE(host_api::parse_iso8601("2024-03-01T10:00:00+0a:00"));
    CHECK_FALSE(host_api::parse_iso8601("2024/03/01T10:00:00Z"));
}

TEST_CASE("the offset's hours and minutes both move the time") {
    CHECK(host_api::format_iso8601(*host_api::parse_iso8601("2024-03-01T00:10:00+05:45")) == "2024-02-29T18:25:00Z");
    CHECK(host_api::format_iso8601(*host_api::parse_iso8601("2024-12-31T23:59:59-00:30")) == "2025-01-01T00:29:59Z");
}

TEST_CASE("times are written with every place filled, before 1970 and in early years too") {
    for (const char* text : {"1969-12-31T23:59:59Z", "0999-05-06T07:08:09Z", "2026-01-02T03:04:05Z",
                             "9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z"}) {
        INFO(text);
        CHECK(host_api::format_iso8601(*host_api::parse_iso8601(text)) == text);
    }
}
