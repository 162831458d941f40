#include <catch2/catch.hpp>

#include <signal.h>

#include <thread>

#include "tests/sim/shopify/command_line.hpp"
#include "tests/support/child_process.hpp"
#include "tests/support/listening_port.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/unit/sim/sim_client.hpp"
#include "tests/unit/sim/sim_fixture.hpp"

using namespace sim::shopify;

namespace {

std::vector<std::string> required() {
    return {"--listen", "127.0.0.1:8443", "--shop", "demo.myshopify.com", "--token", "t", "--client-secret", "s"};
}

std::filesystem::path executable() { return test_support::binary_dir() / "bin" / "shopify-sim"; }

}  // namespace

TEST_CASE("the command line takes the documented options, with grow and UAH by default") {
    auto parsed = parse_command_line(required());
    REQUIRE(parsed);
    CHECK(parsed->options.address == "127.0.0.1");
    CHECK(parsed->options.port == 8443);
    CHECK(parsed->program.listen.host_as_given == "127.0.0.1");
    CHECK(parsed->options.shop_domain == "demo.myshopify.com");
    CHECK(parsed->options.plan == Plan::grow);
    CHECK(parsed->options.currency == "UAH");

    auto all = required();
    for (const char* extra : {"--plan", "plus", "--currency", "EUR", "--ca-out", "/tmp/ca.pem", "--webhook-url",
                              "http://127.0.0.1:8080/shopify/webhooks", "--orders", "orders.json"})
        all.push_back(extra);
    parsed = parse_command_line(all);
    REQUIRE(parsed);
    CHECK(parsed->options.plan == Plan::plus);
    CHECK(parsed->options.currency == "EUR");
    CHECK(parsed->program.ca_out == "/tmp/ca.pem");
    CHECK(parsed->options.webhook_url == "http://127.0.0.1:8080/shopify/webhooks");
    CHECK(parsed->options.orders_file == "orders.json");
}

TEST_CASE("the command line reports every problem at once") {
    auto missing = parse_command_line({"--shop", "Not A Shop", "--plan", "gold", "--bogus", "x"});
    REQUIRE_FALSE(missing);
    const auto& message = missing.error().message;
    for (const char* expected : {"--listen is required", "--token is required", "--client-secret is required",
                                 "--shop: want NAME.myshopify.com", "--plan: one of", "unknown option --bogus"})
        CHECK_THAT(message, Catch::Contains(expected));
    auto bad_listen = required();
    bad_listen[1] = "127.0.0.1";
    CHECK_FALSE(parse_command_line(bad_listen));
}

TEST_CASE("shopify-sim prints its listening line, serves HTTPS with the CA it wrote, and stops on SIGTERM") {
    test_support::TempDir dir;
    const auto ca = dir / "ca.pem";
    test_support::ChildProcess sim(
        {executable().string(), "--listen", "127.0.0.1:0", "--shop", "demo.myshopify.com", "--token", "cli-token",
         "--client-secret", "cli-secret", "--plan", "basic", "--ca-out", ca.string(), "--orders",
         (test_support::fixtures_dir() / "shopify/rest/orders_ruby.json").string()},
        dir.path());
    // Port 0: the system picks it as the sim binds, and the line names it (the requests
    // below reach the sim on it).
    const auto port = test_support::listening_port(sim);
    REQUIRE(port != 0);
    REQUIRE(sim.out() == "shopify-sim listening on https://127.0.0.1:" + std::to_string(port) + "\n");

    sim_test::ClientRequest request;
    request.method = "POST";
    request.target = "/admin/api/2026-10/graphql.json";
    request.headers = {{"X-Shopify-Access-Token", "cli-token"}, {"Content-Type", "application/json"}};
    request.body = sim_test::orders_by_ids_body({"gid://shopify/Order/450789469"}, 20);
    const auto answer = sim_test::https_request(sim_test::read_text(ca), port, request);
    REQUIRE(answer.answered);
    CHECK(answer.status == 200);
    const auto json = answer.json();
    CHECK(std::string(json["data"]["nodes"][0]["name"].GetString()) == "#1001");
    CHECK(json["data"]["nodes"][0]["customer"].IsNull());  // --plan basic

    sim.signal(SIGTERM);
    CHECK(sim.wait(std::chrono::seconds(20)) == 0);
}

TEST_CASE("shopify-sim started in the background by a shell (SIGINT ignored) still stops on SIGINT") {
    test_support::TempDir dir;
    // `trap "" INT` is what a non-interactive shell does to a background job; exec keeps it.
    test_support::ChildProcess sim({"/bin/sh", "-c",
                                    "trap '' INT; exec \"$0\" --listen 127.0.0.1:0 --shop demo.myshopify.com "
                                    "--token t --client-secret s",
                                    executable().string()},
                                   dir.path());
    for (int i = 0; i < 200 && sim.out().find("listening") == std::string::npos; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    REQUIRE_THAT(sim.out(), Catch::StartsWith("shopify-sim listening on https://127.0.0.1:"));
    sim.signal(SIGINT);
    CHECK(sim.wait(std::chrono::seconds(20)) == 0);
}

TEST_CASE("shopify-sim exits 2 with the usage on a bad command line") {
    const auto result = test_support::run_command({executable().string(), "--listen", "nowhere"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("usage: shopify-sim"));
    CHECK(result.out.empty());
}
