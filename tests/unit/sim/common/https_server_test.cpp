#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>

#include "tests/sim/common/https_server.hpp"
#include "tests/unit/sim/sim_client.hpp"

using sim::common::HttpsServer;
using sim::common::json_reply;
using sim::common::ServerSettings;

namespace {

ServerSettings settings(std::atomic<int>& requests) {
    ServerSettings out;
    out.name = "test-sim";
    out.body_limit = 1024;
    out.errors.internal_error = json_reply(500, R"({"error":"internal"})");
    out.handler = [&requests](const host_api::HttpRequest& request) {
        ++requests;
        if (request.path == "/throw") throw std::runtime_error("a handler failed");
        if (request.path == "/drop") return sim::common::SimReply{{}, true};
        return json_reply(200, "{\"path\":\"" + request.path + "\",\"query\":\"" + request.query + "\"}");
    };
    return out;
}

}  // namespace

TEST_CASE("the HTTPS server answers every request through its handler, with the CA it made") {
    std::atomic<int> requests{0};
    HttpsServer server(settings(requests), "127.0.0.1", {"example.test"});
    server.start(0, 1);
    CHECK(server.url("/x") == "https://127.0.0.1:" + std::to_string(server.port()) + "/x");

    sim_test::ClientRequest request;
    request.target = "/orders?limit=2";
    auto answer = sim_test::https_request(server.ca_pem(), server.port(), request);
    REQUIRE(answer.answered);
    CHECK(answer.status == 200);
    CHECK(answer.body == R"({"path":"/orders","query":"limit=2"})");
    CHECK(answer.header("Content-Type") == std::optional<std::string>("application/json; charset=utf-8"));

    request.target = "/throw";
    answer = sim_test::https_request(server.ca_pem(), server.port(), request);
    REQUIRE(answer.answered);
    CHECK(answer.status == 500);
    CHECK(answer.body == R"({"error":"internal"})");

    request.target = "/drop";
    CHECK_FALSE(sim_test::https_request(server.ca_pem(), server.port(), request).answered);
    CHECK(requests == 3);
    server.stop();
    server.stop();
}

TEST_CASE("the HTTPS server reads no body over its limit and answers 100 Continue to a client that waits") {
    std::atomic<int> requests{0};
    HttpsServer server(settings(requests), "127.0.0.1", {});
    server.start(0, 1);
    sim_test::ClientRequest request;
    request.method = "POST";
    request.target = "/upload";
    request.headers = {{"Expect", "100-continue"}};
    request.body = std::string(1024, 'x');
    auto answer = sim_test::https_request(server.ca_pem(), server.port(), request);
    REQUIRE(answer.answered);
    CHECK(answer.interim_status == 100);
    CHECK(answer.status == 200);

    request.headers.clear();
    request.body += "x";
    CHECK_FALSE(sim_test::https_request(server.ca_pem(), server.port(), request).answered);
    CHECK(requests == 1);
}

TEST_CASE("an HTTPS server that cannot listen says where, and one never started stops at once") {
    std::atomic<int> requests{0};
    HttpsServer first(settings(requests), "127.0.0.1", {});
    first.start(0, 1);
    HttpsServer second(settings(requests), "127.0.0.1", {});
    CHECK_THROWS_WITH(second.start(first.port(), 1),
                      Catch::StartsWith("cannot listen on 127.0.0.1:" + std::to_string(first.port())));
    HttpsServer never_started(settings(requests), "localhost", {});
    never_started.stop();
    HttpsServer bad_address(settings(requests), "nowhere.test", {});
    CHECK_THROWS_WITH(bad_address.start(0, 1), Catch::Contains("not an IP address"));
}
