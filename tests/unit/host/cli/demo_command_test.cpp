#include <catch2/catch.hpp>

#include "tests/unit/host/cli/cli_runner.hpp"

using namespace test_support;

// One run for every check: the demo starts the host and both local servers.
TEST_CASE(
    "demo --once imports the sample orders from the local Shopify, tracks their TTNs on the local Nova Poshta "
    "and reports what arrived") {
    TempDir data;
    const auto result =
        run_command(host_command(data, {"demo", "--once", "--listen", "127.0.0.1:0"}), std::chrono::seconds(120));
    INFO(result.out);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find("plugin  shopify      loaded") != std::string::npos);
    // Five imported orders and three typed in at the counter, so the Store filter has both (R4).
    CHECK(result.out.find("Orders (8):") != std::string::npos);
    CHECK(result.out.find("\n  2        -            Тарас Мельник") != std::string::npos);
    CHECK(result.out.find("#1001    Kyiv Honey   Олена Коваленко") != std::string::npos);            // R10
    CHECK(result.out.find("Not set") != std::string::npos);                                          // R25
    CHECK(result.out.find("Clients (5):") != std::string::npos);                                     // R26
    CHECK(result.out.find("8100000000002/4710000000002") != std::string::npos);                      // R19
    CHECK(result.out.find("currency USD differs from the host currency UAH") != std::string::npos);  // R3

    // R12: a Nova Poshta order has a waybill with its TTN and Nova Poshta's status.
    CHECK(result.out.find("TTN 20451234567906 #1006: Андрій Шевчук, Одеса, Відділення №12 "
                          "[Відправлення прямує до міста одержувача, code 5]") != std::string::npos);
    // R15: another carrier is a feed comment.
    CHECK(result.out.find("  #1002 (") != std::string::npos);
    // R13: the tracked status reaches the waybill and, by the status rule, the order.
    CHECK(result.out.find("TTN 20451234567890 #1001: Олена Коваленко, Київ, Відділення №5 "
                          "[Відправлення отримано, code 9]") != std::string::npos);
    CHECK(result.out.find("TTN 20451234567890 of order #1001 was received: \"Прибув на відділення\" -> "
                          "\"Відправлення отримано\" (code 9)") != std::string::npos);
    CHECK(result.out.find("order #1001: New -> Completed") != std::string::npos);
    CHECK(result.out.find("Відправлення отримано (code 9) — order moved to Completed") != std::string::npos);

    for (const auto* secret : {"shpat_demo_access_token", "demo_client_secret", "demo_nova_poshta_api_key"}) {
        CHECK(result.out.find(secret) == std::string::npos);
        CHECK(result.err.find(secret) == std::string::npos);
    }
}
