#include <catch2/catch.hpp>

#include <signal.h>

#include <fstream>
#include <thread>

#include "host/http/outbound_client.hpp"
#include "shipping_adapters/nova_poshta/tracking_request.hpp"
#include "shipping_adapters/nova_poshta/tracking_response.hpp"
#include "tests/sim/nova_poshta/command_line.hpp"
#include "tests/support/child_process.hpp"
#include "tests/support/listening_port.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/temp_dir.hpp"

using namespace sim::nova_poshta;

namespace {

std::filesystem::path executable() { return test_support::binary_dir() / "bin" / "novaposhta-sim"; }

}  // namespace

TEST_CASE("the novaposhta-sim command line takes the documented options") {
    auto parsed = parse_command_line({"--listen", "127.0.0.1:8444", "--api-key", "k"});
    REQUIRE(parsed);
    CHECK(parsed->options.address == "127.0.0.1");
    CHECK(parsed->options.port == 8444);
    CHECK(parsed->program.listen.host_as_given == "127.0.0.1");
    CHECK(parsed->options.api_key == "k");
    CHECK(parsed->program.ca_out.empty());

    parsed = parse_command_line({"--listen", "[::1]:0", "--api-key", "k", "--ca-out", "/tmp/np-ca.pem", "--documents",
                                 "ttns.json", "--log-level", "debug"});
    REQUIRE(parsed);
    CHECK(parsed->options.address == "::1");
    CHECK(parsed->program.listen.host_as_given == "[::1]");
    CHECK(parsed->program.ca_out == "/tmp/np-ca.pem");
    CHECK(parsed->options.documents_file == "ttns.json");
    CHECK(parsed->program.log_level == "debug");
}

TEST_CASE("the novaposhta-sim command line reports every problem at once") {
    auto parsed = parse_command_line({"--listen", "nowhere", "--log-level", "loud", "--bogus", "x"});
    REQUIRE_FALSE(parsed);
    for (const char* expected :
         {"--api-key is required", "--listen: want HOST:PORT", "--log-level: one of", "unknown option --bogus"})
        CHECK_THAT(parsed.error().message, Catch::Contains(expected));
    CHECK_FALSE(parse_command_line({"--listen", "127.0.0.1:8444", "--api-key"}));
}

TEST_CASE("R13 novaposhta-sim prints its listening line, serves HTTPS with the CA it wrote, and stops on SIGTERM") {
    test_support::TempDir dir;
    const auto ca = dir / "ca.pem";
    const auto documents = dir / "ttns.json";
    {
        std::ofstream file(documents);
        file << R"([{"number":"20400048799000","status_code":"7","phone":"380671234567"}])";
    }
    test_support::ChildProcess sim({executable().string(), "--listen", "127.0.0.1:0", "--api-key", "cli-key",
                                    "--ca-out", ca.string(), "--documents", documents.string()},
                                   dir.path());
    // Port 0: the system picks it as the sim binds, and the line names it (the requests
    // below reach the sim on it).
    const auto port = test_support::listening_port(sim);
    REQUIRE(port != 0);
    REQUIRE(sim.out() == "novaposhta-sim listening on https://127.0.0.1:" + std::to_string(port) + "\n");

    host::http::OutboundClient client({}, true);
    host_api::OutboundRequest request;
    request.url = "https://127.0.0.1:" + std::to_string(port) + "/v2.0/json/";
    request.headers = {{"Content-Type", "application/json"}};
    request.body = adapters::nova_poshta::status_documents_request("cli-key", {{"20400048799000", "380671234567"}});
    request.ca_file = ca.string();
    const auto answer = client.send(request);
    REQUIRE(answer);
    REQUIRE(answer->status == 200);
    const auto parsed = adapters::nova_poshta::parse_tracking_response(answer->body);
    REQUIRE(parsed);
    REQUIRE(parsed->documents.size() == 1);
    CHECK(parsed->documents[0].status_code == "7");
    // The key is in the request body; it never reaches the log.
    CHECK(sim.err().find("cli-key") == std::string::npos);

    sim.signal(SIGTERM);
    CHECK(sim.wait(std::chrono::seconds(10)) == 0);
}

TEST_CASE("novaposhta-sim started in the background by a shell (SIGINT ignored) still stops on SIGINT") {
    test_support::TempDir dir;
    // `trap "" INT` is what a non-interactive shell does to a background job; exec keeps it.
    test_support::ChildProcess sim(
        {"/bin/sh", "-c", "trap '' INT; exec \"$0\" --listen 127.0.0.1:0 --api-key k", executable().string()},
        dir.path());
    for (int i = 0; i < 200 && sim.out().find("listening") == std::string::npos; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    REQUIRE_THAT(sim.out(), Catch::StartsWith("novaposhta-sim listening on https://127.0.0.1:"));
    sim.signal(SIGINT);
    CHECK(sim.wait(std::chrono::seconds(10)) == 0);
}

TEST_CASE("novaposhta-sim refuses a bad command line with exit code 2 and the usage") {
    const auto result = test_support::run_command({executable().string(), "--listen", "127.0.0.1:1"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("--api-key is required"));
    CHECK_THAT(result.err, Catch::Contains("usage: novaposhta-sim"));
}

TEST_CASE("novaposhta-sim that cannot listen exits with code 1 and the reason") {
    test_support::TempDir dir;
    test_support::ChildProcess first({executable().string(), "--listen", "127.0.0.1:0", "--api-key", "k"}, dir.path());
    const auto port = test_support::listening_port(first);
    REQUIRE(port != 0);
    const auto second =
        test_support::run_command({executable().string(), "--listen", "127.0.0.1:" + std::to_string(port), "--api-key", "k"});
    CHECK(second.exit_code == 1);
    CHECK_THAT(second.err, Catch::Contains("cannot listen"));
}
