#include "tests/unit/sim/sim_fixture.hpp"

#include <stdexcept>

#include <catch2/catch.hpp>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "tests/sim/shopify/json_fields.hpp"
#include "tests/sim/shopify/order_payloads.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/text_file.hpp"

namespace sim_test {

std::string text(const rapidjson::Value& value) {
    REQUIRE(value.IsString());
    return std::string(value.GetString(), value.GetStringLength());
}

sim::shopify::SimOptions sim_options(sim::shopify::Plan plan) {
    sim::shopify::SimOptions options;
    options.address = "127.0.0.1";
    options.port = 0;  // the kernel picks a free loopback port: no race with other tests
    options.shop_domain = k_shop;
    options.token = k_token;
    options.client_secret = k_secret;
    options.plan = plan;
    options.threads = 2;
    return options;
}

RunningSim::RunningSim(sim::shopify::SimOptions options) : sim_(std::move(options)) {}

ClientResponse RunningSim::request(const std::string& method, const std::string& target, const std::string& body,
                                   const host_api::HttpHeaders& headers) {
    ClientRequest request;
    request.method = method;
    request.target = target;
    request.body = body;
    request.headers = headers;
    return https_request(sim_.ca_pem(), sim_.port(), request);
}

ClientResponse RunningSim::graphql(const std::string& body, const std::string& token) {
    host_api::HttpHeaders headers = {{"Content-Type", "application/json"}};
    if (!token.empty()) headers.emplace_back("X-Shopify-Access-Token", token);
    return request("POST", "/admin/api/2026-10/graphql.json", body, headers);
}

ClientResponse RunningSim::orders_by_ids(const std::vector<std::string>& ids, int lines, const std::string& token) {
    return graphql(orders_by_ids_body(ids, lines), token);
}

ClientResponse RunningSim::control(const std::string& target, const std::string& body) {
    return request("POST", target, body, {{"Content-Type", "application/json"}});
}

rapidjson::Document RunningSim::stats() { return request("GET", "/_sim/stats").json(); }

rapidjson::Document fixture(const std::string& relative_path) {
    auto document = sim::shopify::read_json_file(test_support::fixtures_dir() / relative_path);
    if (!document) throw std::runtime_error(document.error().message);
    return std::move(*document);
}

std::string fixture_order_json(const std::string& relative_path) {
    const auto document = fixture(relative_path);
    return sim::shopify::to_json(*sim::shopify::orders_in(document).front());
}

std::string plugin_orders_query() {
    const auto source = read_text(test_support::source_dir() / "plugin/shopify/graphql_operations.cpp");
    const std::string open = "R\"graphql(";
    const auto start = source.find(open);
    const auto end = source.find(")graphql\"");
    if (start == std::string::npos || end == std::string::npos)
        throw std::runtime_error("no R\"graphql(...)graphql\" query in plugin/shopify/graphql_operations.cpp");
    return source.substr(start + open.size(), end - start - open.size());
}

std::string orders_by_ids_body(const std::vector<std::string>& ids, int lines) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    const auto query = plugin_orders_query();
    out.StartObject();
    out.Key("query");
    out.String(query.c_str(), static_cast<rapidjson::SizeType>(query.size()));
    out.Key("operationName");
    out.String("OrdersByIds");
    out.Key("variables");
    out.StartObject();
    out.Key("ids");
    out.StartArray();
    for (const auto& id : ids) out.String(id.c_str(), static_cast<rapidjson::SizeType>(id.size()));
    out.EndArray();
    out.Key("lines");
    out.Int(lines);
    out.EndObject();
    out.EndObject();
    return buffer.GetString();
}

}  // namespace sim_test
