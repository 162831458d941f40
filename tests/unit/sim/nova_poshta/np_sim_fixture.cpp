#include "tests/unit/sim/nova_poshta/np_sim_fixture.hpp"

#include <fstream>

#include <catch2/catch.hpp>

#include "tests/support/quiet_logger.hpp"

namespace np_sim_test {
namespace {

sim::nova_poshta::SimOptions options(const std::string& api_key) {
    sim::nova_poshta::SimOptions options;
    options.api_key = api_key;
    return options;
}

}  // namespace

rapidjson::Document parse_json(const std::string& text) {
    rapidjson::Document json;
    json.Parse(text.c_str());
    INFO(text.substr(0, 400));
    REQUIRE_FALSE(json.HasParseError());
    return json;
}

RunningNovaPoshta::RunningNovaPoshta(const std::string& api_key)
    : sim_(options(api_key)), ca_file_(dir_.path() / "ca.pem"), client_({}, true, test_support::quiet_logger("np-sim-test")) {
    std::ofstream file(ca_file_, std::ios::binary);
    file << sim_.ca_pem();
}

host_api::Result<host_api::OutboundResponse> RunningNovaPoshta::send(const std::string& method,
                                                                     const std::string& target,
                                                                     const std::string& body) {
    host_api::OutboundRequest request;
    request.method = method;
    request.url = sim_.url(target);
    request.body = body;
    if (!body.empty()) request.headers = {{"Content-Type", "application/json"}};
    request.ca_file = ca_file_.string();
    request.timeout = std::chrono::seconds(10);
    return client_.send(request);
}

host_api::OutboundResponse RunningNovaPoshta::request(const std::string& method, const std::string& target,
                                                      const std::string& body) {
    auto answer = send(method, target, body);
    INFO((answer ? std::string() : answer.error().message));
    REQUIRE(answer);
    return std::move(answer).value();
}

rapidjson::Document RunningNovaPoshta::api(const std::string& body) {
    const auto answer = request("POST", "/v2.0/json/", body);
    REQUIRE(answer.status == 200);
    return parse_json(answer.body);
}

adapters::nova_poshta::TrackingResponse RunningNovaPoshta::track(
    const std::vector<adapters::nova_poshta::TrackingQuery>& documents, const std::string& api_key) {
    const auto answer =
        request("POST", "/v2.0/json/", adapters::nova_poshta::status_documents_request(api_key, documents));
    REQUIRE(answer.status == 200);
    auto parsed = adapters::nova_poshta::parse_tracking_response(answer.body);
    REQUIRE(parsed);
    return std::move(parsed).value();
}

host_api::OutboundResponse RunningNovaPoshta::control(const std::string& target, const std::string& body) {
    return request("POST", target, body);
}

rapidjson::Document RunningNovaPoshta::stats() {
    const auto answer = request("GET", "/_sim/stats");
    REQUIRE(answer.status == 200);
    return parse_json(answer.body);
}

}  // namespace np_sim_test
