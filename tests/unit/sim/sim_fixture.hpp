#pragma once
// The local Shopify running in-process on a free loopback port, and the requests the
// tests send it over real HTTPS.
#include <filesystem>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "tests/sim/shopify/shopify_sim.hpp"
#include "tests/support/text_file.hpp"
#include "tests/unit/sim/sim_client.hpp"

namespace sim_test {

inline constexpr const char* k_token = "shpat_fixed_test_token";
inline constexpr const char* k_secret = "test-client-secret";
inline constexpr const char* k_shop = "exchange-test.myshopify.com";

sim::shopify::SimOptions sim_options(sim::shopify::Plan plan = sim::shopify::Plan::grow);

class RunningSim {
public:
    explicit RunningSim(sim::shopify::SimOptions options = sim_options());

    sim::shopify::ShopifySim& sim() { return sim_; }

    ClientResponse request(const std::string& method, const std::string& target, const std::string& body = "",
                           const host_api::HttpHeaders& headers = {});
    // POST /admin/api/2026-10/graphql.json with the token.
    ClientResponse graphql(const std::string& body, const std::string& token = k_token);
    // The plugin's OrdersByIds query with these ids and lines.
    ClientResponse orders_by_ids(const std::vector<std::string>& ids, int lines, const std::string& token = k_token);
    // POST to the control API; the body is JSON.
    ClientResponse control(const std::string& target, const std::string& body = "{}");
    // GET /_sim/stats, parsed.
    rapidjson::Document stats();

private:
    sim::shopify::ShopifySim sim_;
};

// A JSON string the test requires to be there.
std::string text(const rapidjson::Value& value);
// A fixture file under ../shared/fixtures, parsed (integers keep every digit).
rapidjson::Document fixture(const std::string& relative_path);
using test_support::read_text;
// The exact OrdersByIds query text the plugin sends (plugin/shopify/graphql_operations.cpp).
std::string plugin_orders_query();
// {"query": …, "operationName": "OrdersByIds", "variables": {"ids": […], "lines": N}}
std::string orders_by_ids_body(const std::vector<std::string>& ids, int lines);
// The bare REST order a fixture file holds (its first order).
std::string fixture_order_json(const std::string& relative_path);

}  // namespace sim_test
