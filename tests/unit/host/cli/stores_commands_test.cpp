#include <catch2/catch.hpp>

#include "tests/unit/host/cli/cli_runner.hpp"

using namespace test_support;

namespace {

void require_no_secret(const CommandResult& result) {
    for (const auto* secret : {"shpat_secret_token_1", "client_secret_value_1"}) {
        CHECK(result.out.find(secret) == std::string::npos);
        CHECK(result.err.find(secret) == std::string::npos);
    }
}

}  // namespace

TEST_CASE("R1 stores add saves a valid connection and never prints its secrets") {
    TempDir data;
    const auto added = run_host(data, valid_store());
    INFO(added.err);
    REQUIRE(added.exit_code == 0);
    CHECK(added.out.find("\"name\":\"Kyiv Flowers\"") != std::string::npos);
    CHECK(added.out.find("\"token\":\"(set)\"") != std::string::npos);
    CHECK(added.out.find("\"client_secret\":\"(set)\"") != std::string::npos);
    require_no_secret(added);
    const auto listed = run_host(data, {"stores", "list"});
    REQUIRE(listed.exit_code == 0);
    CHECK(listed.out.find("\"domain\":\"kyiv-flowers.myshopify.com\"") != std::string::npos);
    CHECK(listed.out.find("\"connected\":true") != std::string::npos);
    require_no_secret(listed);
}

TEST_CASE("R1 stores add refuses invalid settings at their field and saves nothing") {
    struct Case {
        std::vector<std::string> words;
        std::string message;
    };
    const Case cases[] = {
        {with(valid_store(), "--domain", "kyiv-flowers.com"),
         "Shop domain must look like my-shop.myshopify.com (--domain)"},
        {without(valid_store(), "--token"), "Admin API access token or App client ID is required (--token)"},
        {with(valid_store(), "--client-secret", ""), "App client secret is required (--client-secret)"},
        {with(valid_store(), "--order-type", "Repair"), "Order type must be one of: Online order (--order-type)"},
        {with(valid_store(), "--identify-by", "barcode"), "Identify products by must be one of: name, sku, product_id"},
        {with(valid_store(), "--api-url", "http://127.0.0.1:1"), "API base URL (advanced) must be an https:// address"},
        {with(valid_store(), "--colour", "red"), "unknown setting 'colour'"},
    };
    for (const auto& test : cases) {
        TempDir data;
        const auto result = run_host(data, test.words);
        INFO(result.err);
        CHECK(result.exit_code == 2);
        CHECK(result.err.find(test.message) != std::string::npos);
        require_no_secret(result);
        CHECK(run_host(data, {"stores", "list"}).out == "[]\n");
    }
}

TEST_CASE("R1 every invalid field is reported at once") {
    TempDir data;
    const auto result = run_host(data, with(without(valid_store(), "--name"), "--domain", "nope"));
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("Store name is required (--name)") != std::string::npos);
    CHECK(result.err.find("Shop domain must look like") != std::string::npos);
}

TEST_CASE("R2 several stores connect at once, and a second store may not take a connected store's name") {
    TempDir data;
    REQUIRE(run_host(data, valid_store("Kyiv Flowers", "kyiv-flowers.myshopify.com")).exit_code == 0);
    REQUIRE(run_host(data, valid_store("Lviv Coffee", "lviv-coffee.myshopify.com")).exit_code == 0);
    const auto clash = run_host(data, valid_store("Kyiv Flowers", "other-shop.myshopify.com"));
    CHECK(clash.exit_code == 2);
    CHECK(clash.err.find("Store name is already used") != std::string::npos);
    const auto listed = run_host(data, {"stores", "list"}).out;
    CHECK(listed.find("Lviv Coffee") != std::string::npos);
    CHECK(listed.find("other-shop") == std::string::npos);
}

TEST_CASE("stores remove disconnects a store and adding its domain again reconnects it") {
    TempDir data;
    REQUIRE(run_host(data, valid_store()).exit_code == 0);
    const auto removed = run_host(data, {"stores", "remove", "1"});
    CHECK(removed.exit_code == 0);
    CHECK(run_host(data, {"stores", "list"}).out.find("\"connected\":false") != std::string::npos);
    CHECK(run_host(data, {"stores", "remove", "7"}).exit_code == 1);
    CHECK(run_host(data, {"stores", "remove", "x"}).exit_code == 2);
    REQUIRE(run_host(data, valid_store()).exit_code == 0);
    const auto listed = run_host(data, {"stores", "list"}).out;
    CHECK(listed.find("\"id\":1,\"connected\":true") != std::string::npos);
    CHECK(listed.find("\"id\":2") == std::string::npos);
}

TEST_CASE("R1 a store connects with a client id instead of a token (client credentials grant)") {
    TempDir data;
    const auto added = run_host(data, with(without(valid_store(), "--token"), "--client-id", "app-client-id"));
    INFO(added.err);
    REQUIRE(added.exit_code == 0);
    CHECK(added.out.find("\"client_id\":\"app-client-id\"") != std::string::npos);
    CHECK(added.out.find("\"token\":\"(not set)\"") != std::string::npos);
    require_no_secret(added);
}

TEST_CASE("R1 the reconciliation interval is a whole number of seconds within its bounds") {
    TempDir data;
    const auto saved = run_host(data, with(valid_store(), "--reconcile-interval-seconds", "120"));
    INFO(saved.err);
    REQUIRE(saved.exit_code == 0);
    CHECK(saved.out.find("\"reconcile_interval_seconds\":120") != std::string::npos);
    for (const auto& [value, message] :
         {std::pair{"2", "must be at least 5"}, {"86400", "must be at most 3600"}, {"soon", "must be integer"}}) {
        TempDir other;
        const auto refused = run_host(other, with(valid_store(), "--reconcile-interval-seconds", value));
        CHECK(refused.exit_code == 2);
        CHECK(refused.err.find(std::string("Reconciliation interval (seconds) ") + message) != std::string::npos);
    }
}
