#include <catch2/catch.hpp>

#include "shipping_adapters/nova_poshta/np_date.hpp"

using adapters::nova_poshta::parse_np_date;

namespace {

std::string utc(std::string_view text) {
    const auto parsed = parse_np_date(text);
    return parsed ? host_api::format_iso8601(*parsed) : "nullopt";
}

}  // namespace

TEST_CASE("R13 every date format of a tracking record is read as Kyiv time") {
    // March 2022, before the switch to summer time: UTC+2.
    CHECK(utc("26-02-2022 11:08:03") == "2022-02-26T09:08:03Z");
    CHECK(utc("2022-03-07 12:00:00") == "2022-03-07T10:00:00Z");
    CHECK(utc("15:16 08.03.2022") == "2022-03-08T13:16:00Z");
    CHECK(utc("08.03.2022 15:16:47") == "2022-03-08T13:16:47Z");
    CHECK(utc("2022-03-16") == "2022-03-15T22:00:00Z");
    // April 2023: summer time, UTC+3.
    CHECK(utc("06-04-2023 08:20:34") == "2023-04-06T05:20:34Z");
    CHECK(utc("07.04.2023 13:35:58") == "2023-04-07T10:35:58Z");
}

TEST_CASE("R13 summer time starts and ends at 01:00 UTC on the last Sundays of March and October") {
    CHECK(utc("26-03-2023 02:59:59") == "2023-03-26T00:59:59Z");
    CHECK(utc("26-03-2023 04:00:00") == "2023-03-26T01:00:00Z");
    CHECK(utc("29-10-2023 02:30:00") == "2023-10-28T23:30:00Z");
    CHECK(utc("29-10-2023 04:30:00") == "2023-10-29T02:30:00Z");
}

TEST_CASE("R13 an empty or unknown date is no date") {
    CHECK(utc("") == "nullopt");
    CHECK(utc("yesterday") == "nullopt");
    CHECK(utc("31-02-2022 10:00:00") == "nullopt");
    CHECK(utc("2022-03-07 12:00:00 extra") == "nullopt");
}
