#include <catch2/catch.hpp>

#include "tests/unit/host/cli/cli_runner.hpp"

using namespace test_support;

TEST_CASE("R3 settings show gives the host's currency, UAH until it is set") {
    TempDir data;
    const auto shown = run_host(data, {"settings", "show"});
    INFO(shown.err);
    REQUIRE(shown.exit_code == 0);
    CHECK(shown.out == "{\"currency\":\"UAH\",\"public_url\":\"\"}\n");
}

TEST_CASE("R3 settings set changes the currency and the public URL, and they stay") {
    TempDir data;
    const auto set =
        run_host(data, {"settings", "set", "--currency", "EUR", "--public-url", "https://crm.example.com"});
    INFO(set.err);
    REQUIRE(set.exit_code == 0);
    CHECK(run_host(data, {"settings", "show"}).out ==
          "{\"currency\":\"EUR\",\"public_url\":\"https://crm.example.com\"}\n");
}

TEST_CASE("R3 settings set refuses a currency that is not an ISO 4217 code, and keeps the old one") {
    TempDir data;
    for (const char* bad : {"uah", "HRYVNIA", "U1H", ""}) {
        const auto result = run_host(data, {"settings", "set", "--currency", bad});
        CHECK(result.exit_code == 2);
        CHECK(result.err.find("--currency must be an ISO 4217 code") != std::string::npos);
    }
    CHECK(run_host(data, {"settings", "show"}).out.find("\"currency\":\"UAH\"") != std::string::npos);
}

TEST_CASE("settings set without an option says what it takes") {
    TempDir data;
    const auto result = run_host(data, {"settings", "set"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("--currency CODE and/or --public-url URL") != std::string::npos);
}
