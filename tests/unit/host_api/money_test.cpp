#include <catch2/catch.hpp>

#include "host_api/money.hpp"

TEST_CASE("decimal amounts parse to minor units without floating point") {
    CHECK(host_api::parse_minor_units("199.00") == 19900);
    CHECK(host_api::parse_minor_units("60.3") == 6030);
    CHECK(host_api::parse_minor_units("7") == 700);
    CHECK(host_api::parse_minor_units("-3.20") == -320);
    CHECK(host_api::parse_minor_units("1.500") == 150);
    CHECK(host_api::parse_minor_units("92233720368547.75") == 9223372036854775);
}

TEST_CASE("malformed or over-precise amounts are refused") {
    CHECK_FALSE(host_api::parse_minor_units(""));
    CHECK_FALSE(host_api::parse_minor_units("."));
    CHECK_FALSE(host_api::parse_minor_units("1."));
    CHECK_FALSE(host_api::parse_minor_units(".5"));
    CHECK_FALSE(host_api::parse_minor_units("1,50"));
    CHECK_FALSE(host_api::parse_minor_units("1.505"));
    CHECK_FALSE(host_api::parse_minor_units("1e3"));
    CHECK_FALSE(host_api::parse_minor_units("1234567890123456"));
}

TEST_CASE("amounts format as decimal strings") {
    CHECK(host_api::format_amount(19900) == "199.00");
    CHECK(host_api::format_amount(5) == "0.05");
    CHECK(host_api::format_amount(-320) == "-3.20");
    CHECK(host_api::format_amount(0) == "0.00");
}
