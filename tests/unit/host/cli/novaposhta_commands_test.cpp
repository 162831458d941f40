#include <catch2/catch.hpp>

#include "tests/unit/host/cli/cli_runner.hpp"

using namespace test_support;

TEST_CASE("R13 novaposhta set saves sender data and status rules, and never prints the key") {
    TempDir data;
    const auto set = run_host(data, {"novaposhta", "set", "--enabled", "true", "--api-key", "np_key_secret_42",
                                     "--sender-name", "ФОП Петренко", "--sender-city", "Київ", "--rule",
                                     "9=Completed", "--rule", "102=Cancelled"});
    INFO(set.err);
    REQUIRE(set.exit_code == 0);
    const auto shown = run_host(data, {"novaposhta", "show"});
    REQUIRE(shown.exit_code == 0);
    CHECK(shown.out.find("\"enabled\":true") != std::string::npos);
    CHECK(shown.out.find("\"api_key\":\"(set)\"") != std::string::npos);
    CHECK(shown.out.find("ФОП Петренко") != std::string::npos);
    CHECK(shown.out.find("{\"status_code\":\"9\",\"order_status\":\"Completed\"}") != std::string::npos);
    for (const auto* output : {&set.out, &set.err, &shown.out, &shown.err})
        CHECK(output->find("np_key_secret_42") == std::string::npos);
}

TEST_CASE("R13 a rule naming a status the host does not have is refused") {
    TempDir data;
    const auto result = run_host(data, {"novaposhta", "set", "--rule", "9=Delivered"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("no order status named 'Delivered'") != std::string::npos);
}

TEST_CASE("R14 the integration cannot be enabled without an API key") {
    TempDir data;
    const auto result = run_host(data, {"novaposhta", "set", "--enabled", "true"});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("without --api-key") != std::string::npos);
    CHECK(run_host(data, {"novaposhta", "show"}).out.find("\"enabled\":false") != std::string::npos);
}
