#include <catch2/catch.hpp>

#include "tests/unit/host/cli/cli_runner.hpp"

using namespace test_support;

TEST_CASE("demo --once imports the sample orders from the local Shopify and reports what arrived") {
    TempDir data;
    const auto result = run_command(host_command(data, {"demo", "--once", "--listen", "127.0.0.1:0"}),
                                    std::chrono::seconds(120));
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find("plugin  shopify      loaded") != std::string::npos);
    CHECK(result.out.find("Orders (4):") != std::string::npos);
    CHECK(result.out.find("#1001    Kyiv Honey   Олена Коваленко") != std::string::npos);  // R10
    CHECK(result.out.find("Not set") != std::string::npos);                                // R25
    CHECK(result.out.find("Clients (2):") != std::string::npos);                           // R26
    CHECK(result.out.find("8100000000002/4710000000002") != std::string::npos);            // R19
    CHECK(result.out.find("currency USD differs from the host currency UAH") != std::string::npos);  // R3
    for (const auto* secret : {"shpat_demo_access_token", "demo_client_secret"}) {
        CHECK(result.out.find(secret) == std::string::npos);
        CHECK(result.err.find(secret) == std::string::npos);
    }
}
