// The GraphQL client's credentials against the local Shopify over real HTTPS: a static
// token, or a client id + secret through the client credentials grant, renewed before the
// token expires and at once when Shopify refuses it.
#include <chrono>
#include <fstream>
#include <thread>

#include <spdlog/sinks/ostream_sink.h>
#include <catch2/catch.hpp>

#include "host/http/outbound_client.hpp"
#include "plugin/shopify/graphql_client.hpp"
#include "plugin/shopify/graphql_operations.hpp"
#include "tests/sim/shopify/access_tokens.hpp"
#include "tests/sim/shopify/shopify_sim.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

constexpr const char* k_token = "shpat_static_token_for_test";
constexpr const char* k_secret = "client-secret-for-test";
const char* const k_variables = R"({"ids":["gid://shopify/Order/1"],"lines":20})";

struct GrantFixture {
    GrantFixture() {
        sim::shopify::SimOptions options;
        options.shop_domain = "kyiv-honey.myshopify.com";
        options.token = k_token;
        options.client_secret = k_secret;
        sim = std::make_unique<sim::shopify::ShopifySim>(options);
        std::ofstream(dir.path() / "ca.pem") << sim->ca_pem();
    }

    shopify::StoreSettings settings(const std::string& token, const std::string& client_id,
                                    const std::string& secret = k_secret) const {
        shopify::StoreSettings out;
        out.name = "Kyiv Honey";
        out.domain = "kyiv-honey.myshopify.com";
        out.token = token;
        out.client_id = client_id;
        out.client_secret = secret;
        out.api_url = sim->url();
        out.ca_file = (dir.path() / "ca.pem").string();
        return out;
    }

    host_api::Result<shopify::GraphqlAnswer> ask(shopify::GraphqlClient& client) {
        return client.execute(shopify::k_orders_by_ids, shopify::k_orders_by_ids_query, k_variables,
                              shopify::k_order_cost);
    }

    std::shared_ptr<std::ostringstream> log_lines = std::make_shared<std::ostringstream>();
    std::shared_ptr<spdlog::logger> logger = std::make_shared<spdlog::logger>(
        "grant-test", std::make_shared<spdlog::sinks::ostream_sink_mt>(*log_lines, true));
    test_support::TempDir dir;
    std::unique_ptr<sim::shopify::ShopifySim> sim;
    host::http::OutboundClient http{{}, true, logger};
    shopify::Pause pause;
};

}  // namespace

TEST_CASE("a client id and secret get an access token through the client credentials grant") {
    GrantFixture f;
    shopify::GraphqlClient client(f.settings("", "app-client-id"), f.http, f.logger, f.pause);
    const auto answer = f.ask(client);
    INFO((answer ? "" : answer.error().message));
    REQUIRE(answer);
    CHECK(client.stats().token_grants == 1);
    REQUIRE(f.ask(client));
    CHECK(client.stats().token_grants == 1);  // the token is kept while it is fresh
    CHECK(f.log_lines->str().find(k_secret) == std::string::npos);
}

TEST_CASE("a granted token is renewed before it expires, so no request is refused") {
    GrantFixture f;
    f.sim->tokens().set_lifetime(std::chrono::seconds(2));
    shopify::GraphqlClient client(f.settings("", "app-client-id"), f.http, f.logger, f.pause);
    REQUIRE(f.ask(client));
    // Past half of the 2 s lifetime (the renewal margin for short-lived tokens), not past
    // its end: the client asks for a new token before sending.
    std::this_thread::sleep_for(std::chrono::milliseconds(1200));
    REQUIRE(f.ask(client));
    CHECK(client.stats().token_grants == 2);
    CHECK(client.stats().requests == 2);  // no refused request in between
}

TEST_CASE("a granted token Shopify refuses is replaced once and the request goes through") {
    GrantFixture f;
    shopify::GraphqlClient client(f.settings("", "app-client-id"), f.http, f.logger, f.pause);
    REQUIRE(f.ask(client));
    f.sim->tokens().expire_issued();
    const auto answer = f.ask(client);
    INFO((answer ? "" : answer.error().message));
    REQUIRE(answer);
    CHECK(client.stats().token_grants == 2);
    CHECK(client.stats().requests == 3);  // the first, the refused one, the one sent again
}

TEST_CASE("a wrong client secret is a clear permanent error that does not show the secret") {
    GrantFixture f;
    shopify::GraphqlClient client(f.settings("", "app-client-id", "not-the-secret"), f.http, f.logger, f.pause);
    const auto answer = f.ask(client);
    REQUIRE_FALSE(answer);
    CHECK_FALSE(answer.error().transient);
    CHECK(answer.error().message == "shop kyiv-honey.myshopify.com refused the client id and secret (invalid_client)");
    CHECK(client.stats().requests == 0);
}

TEST_CASE("a static token is sent as it is, and a refused one is not retried") {
    GrantFixture f;
    shopify::GraphqlClient good(f.settings(k_token, ""), f.http, f.logger, f.pause);
    REQUIRE(f.ask(good));
    CHECK(good.stats().token_grants == 0);
    shopify::GraphqlClient revoked(f.settings("shpat_revoked", ""), f.http, f.logger, f.pause);
    const auto answer = f.ask(revoked);
    REQUIRE_FALSE(answer);
    CHECK_FALSE(answer.error().transient);
    CHECK(answer.error().message.find("refused the access token (HTTP 401)") != std::string::npos);
    CHECK(revoked.stats().requests == 1);
    CHECK(f.log_lines->str().find("shpat_revoked") == std::string::npos);
}
