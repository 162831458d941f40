#include <catch2/catch.hpp>

#include "tests/unit/host/cli/cli_runner.hpp"

using namespace test_support;

TEST_CASE("dump prints each kind as a JSON array, with the seeded defaults") {
    TempDir data;
    for (const auto* kind : {"orders", "contacts", "products", "categories", "waybills", "feed", "imports"}) {
        const auto result = run_host(data, {"dump", kind});
        INFO(kind << ": " << result.err);
        CHECK(result.exit_code == 0);
        CHECK(result.out == "[]\n");
    }
}

TEST_CASE("dump of an unknown kind names the valid ones") {
    TempDir data;
    const auto result = run_host(data, {"dump", "stores"});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("orders") != std::string::npos);
    CHECK(result.err.find("imports") != std::string::npos);
}

TEST_CASE("an unknown command prints the usage and exits 2") {
    TempDir data;
    const auto result = run_host(data, {"frobnicate"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("unknown command: frobnicate") != std::string::npos);
    CHECK(result.err.find("stores add") != std::string::npos);
}
