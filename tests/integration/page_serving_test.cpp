// The host's pages themselves: served from the files compiled into the host, with a
// Content-Security-Policy that lets no inline script run.
#include <catch2/catch.hpp>

#include "tests/integration/import_harness.hpp"

using test_support::ImportHarness;

TEST_CASE("pages are served with a Content-Security-Policy that forbids inline scripts") {
    ImportHarness harness;
    const auto page = harness.host_request("GET", "/orders");
    REQUIRE(page.status == 200);
    CHECK(page.header("Content-Type").value_or("").find("text/html") == 0);
    CHECK(page.header("Content-Security-Policy").value_or("").find("default-src 'self'") == 0);
    CHECK(page.body.find("<script>") == std::string::npos);
    CHECK(harness.host_request("GET", "/").header("Location") == std::optional<std::string>("/orders"));
    CHECK(harness.host_request("GET", "/assets/app.js").header("Content-Type").value_or("").find("javascript") !=
          std::string::npos);
}
