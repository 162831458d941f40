#include <catch2/catch.hpp>

#include "tests/unit/sim/sim_fixture.hpp"

using sim_test::RunningSim;
using sim_test::text;

namespace {

sim_test::ClientResponse grant(RunningSim& running, const std::string& body, const std::string& type) {
    return running.request("POST", "/admin/oauth/access_token", body, {{"Content-Type", type}});
}

const char* k_form_good = "grant_type=client_credentials&client_id=app-id&client_secret=test-client-secret";

}  // namespace

TEST_CASE("R1 the client credentials grant trades the client secret for an access token GraphQL accepts") {
    RunningSim running;
    const auto answer = grant(running, k_form_good, "application/x-www-form-urlencoded");
    REQUIRE(answer.status == 200);
    const auto json = answer.json();
    const auto token = text(json["access_token"]);
    CHECK_THAT(token, Catch::Matches("shpat_[0-9a-f]{32}"));
    CHECK(text(json["scope"]) == "read_orders,read_products,read_customers");
    CHECK(json["expires_in"].GetInt() == 86399);
    CHECK(running.orders_by_ids({"gid://shopify/Order/1"}, 1, token).status == 200);

    // JSON bodies too; every grant is a new token.
    const auto again = grant(
        running, R"({"client_id":"app-id","client_secret":"test-client-secret","grant_type":"client_credentials"})",
        "application/json");
    REQUIRE(again.status == 200);
    CHECK(text(again.json()["access_token"]) != token);
}

TEST_CASE("R1 a wrong client secret, no client id or another grant type is refused with 400") {
    RunningSim running;
    const auto wrong = grant(running, "grant_type=client_credentials&client_id=app-id&client_secret=nope",
                             "application/x-www-form-urlencoded");
    CHECK(wrong.status == 400);
    CHECK(wrong.body == R"({"error":"invalid_client"})");
    CHECK(grant(running, "grant_type=client_credentials&client_secret=test-client-secret",
                "application/x-www-form-urlencoded")
              .body == R"({"error":"invalid_request"})");
    CHECK(grant(running, "grant_type=authorization_code&client_id=a&client_secret=test-client-secret",
                "application/x-www-form-urlencoded")
              .body == R"({"error":"unsupported_grant_type"})");
}

TEST_CASE("R28 an expired access token is refused with 401") {
    RunningSim running;
    // Tokens issued with lifetime 0 expire at once.
    REQUIRE(running.control("/_sim/tokens", R"({"lifetime_seconds":0})").body == R"({"lifetime_seconds":0})");
    const auto expired = grant(running, k_form_good, "application/x-www-form-urlencoded").json();
    CHECK(expired["expires_in"].GetInt() == 0);
    CHECK(running.orders_by_ids({"gid://shopify/Order/1"}, 1, text(expired["access_token"])).status == 401);

    // A token that worked stops working when issued tokens are expired.
    REQUIRE(running.control("/_sim/tokens", R"({"lifetime_seconds":3600})").status == 200);
    const auto token = text(grant(running, k_form_good, "application/x-www-form-urlencoded").json()["access_token"]);
    CHECK(running.orders_by_ids({"gid://shopify/Order/1"}, 1, token).status == 200);
    REQUIRE(running.control("/_sim/tokens", R"({"expire_issued":true})").status == 200);
    CHECK(running.orders_by_ids({"gid://shopify/Order/1"}, 1, token).status == 401);
    // The token the sim was started with never expires.
    CHECK(running.orders_by_ids({"gid://shopify/Order/1"}, 1).status == 200);
}
