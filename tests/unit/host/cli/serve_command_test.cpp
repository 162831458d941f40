#include <signal.h>

#include <fstream>
#include <thread>

#include <catch2/catch.hpp>

#include "host/http/outbound_client.hpp"
#include "tests/support/listening_port.hpp"
#include "tests/unit/host/cli/cli_runner.hpp"

using namespace test_support;

namespace {

std::string health(std::uint16_t port) {
    host::http::OutboundClient client({}, true);
    host_api::OutboundRequest request;
    request.method = "GET";
    request.url = "http://127.0.0.1:" + std::to_string(port) + "/health";
    request.timeout = std::chrono::seconds(5);
    auto response = client.send(request);
    return response && response->status == 200 ? response->body : "";
}

// Polls until the condition holds; generous, because the machines are shared.
template <class Condition>
bool eventually(Condition condition, std::chrono::seconds limit = std::chrono::seconds(15)) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
        if (condition()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return condition();
}

std::filesystem::path test_library(const std::string& name) { return binary_dir() / "test_lib" / name; }

}  // namespace

TEST_CASE("serve picks up stores and adapter swaps made by CLI commands, and stops on SIGTERM") {
    TempDir data;
    ChildProcess serve(host_command(data, {"serve", "--listen", "127.0.0.1:0"}), data.path());
    const auto port = listening_port(serve);
    REQUIRE(port != 0);
    REQUIRE(eventually([&] { return !health(port).empty(); }));
    CHECK(health(port).find("\"state\":\"loaded\"") != std::string::npos);

    // R1: a store added while the host runs reaches the plugin.
    REQUIRE(run_host(data, valid_store()).exit_code == 0);
    CHECK(eventually([&] { return serve.err().find("store connection 1 connected") != std::string::npos; }));
    REQUIRE(run_host(data, {"stores", "remove", "1"}).exit_code == 0);
    CHECK(eventually([&] { return serve.err().find("store connection 1 removed") != std::string::npos; }));

    // R17: an adapter swapped by the CLI is swapped in the running host.
    const auto swapped = run_host(data, {"adapters", "swap", "generic", test_library("libgeneration2_adapter.so").string()});
    INFO(swapped.err);
    REQUIRE(swapped.exit_code == 0);
    CHECK(eventually([&] { return health(port).find("libgeneration2_adapter.so") != std::string::npos; }));
    CHECK(health(port).find("\"generation\":2") != std::string::npos);

    // R29: a broken library offered as a swap is refused before it is recorded.
    const auto refused =
        run_host(data, {"adapters", "swap", "generic", test_library("libwrong_version_adapter.so").string()});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("built for host API version 99") != std::string::npos);
    const auto listed = run_host(data, {"adapters", "list"});
    CHECK(listed.out.find("libgeneration2_adapter.so") != std::string::npos);

    serve.signal(SIGTERM);
    CHECK(serve.wait(std::chrono::seconds(20)) == 0);
    CHECK(serve.err().find("host stopped") != std::string::npos);
    CHECK(serve.err().find("shpat_secret_token_1") == std::string::npos);
}

TEST_CASE("R29 serve refuses a corrupt adapter library with its reason and keeps serving") {
    TempDir data;
    const auto libraries = data / "lib";
    std::filesystem::create_directories(libraries);
    for (const auto* name : {"libshopify_plugin.so", "libgeneric_adapter.so"})
        std::filesystem::copy_file(library_dir() / name, libraries / name);
    std::ofstream(libraries / "libnova_poshta_adapter.so") << "garbage, not a library";
    ChildProcess serve(host_command(data, {"serve", "--listen", "127.0.0.1:0", "--lib-dir", libraries.string(),
                                           "--manifest", (source_dir() / "manifest.json").string()}),
                       data.path());
    const auto port = listening_port(serve);
    REQUIRE(port != 0);
    REQUIRE(eventually([&] { return !health(port).empty(); }));
    const auto status = health(port);
    CHECK(status.find("libnova_poshta_adapter.so: not a shared library") != std::string::npos);
    CHECK(serve.err().find("adapter nova_poshta refused") != std::string::npos);
    serve.signal(SIGINT);
    CHECK(serve.wait(std::chrono::seconds(20)) == 0);
}

TEST_CASE("serve explains a busy port and exits 1") {
    TempDir data;
    ChildProcess first(host_command(data, {"serve", "--listen", "127.0.0.1:0"}), data.path());
    const auto port = listening_port(first);
    REQUIRE(port != 0);
    REQUIRE(eventually([&] { return !health(port).empty(); }));
    TempDir other;
    const auto second = run_host(other, {"serve", "--listen", "127.0.0.1:" + std::to_string(port)});
    CHECK(second.exit_code == 1);
    CHECK(second.err.find("cannot start the host") != std::string::npos);
    const auto bad = run_host(other, {"serve", "--listen", "nowhere"});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find("--listen must be HOST:PORT") != std::string::npos);
}
