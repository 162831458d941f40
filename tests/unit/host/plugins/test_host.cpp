#include "tests/unit/host/plugins/test_host.hpp"

#include <fstream>

#include <catch2/catch.hpp>
#include <spdlog/sinks/ostream_sink.h>

#include "host/http/outbound_client.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/text_file.hpp"

namespace test_support {
namespace {

void replace_all(std::string& text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

}  // namespace

std::string manifest_with_libraries(const std::string& plugin, const std::string& nova_poshta,
                                    const std::string& generic) {
    std::string manifest = read_text(source_dir() / "manifest.json");
    replace_all(manifest, "\"libshopify_plugin.so\"", "\"" + plugin + "\"");
    replace_all(manifest, "\"libnova_poshta_adapter.so\"", "\"" + nova_poshta + "\"");
    replace_all(manifest, "\"libgeneric_adapter.so\"", "\"" + generic + "\"");
    return manifest;
}

host_api::Result<host_api::OutboundResponse> http_get(std::uint16_t port, const std::string& path) {
    host::http::OutboundClient client({}, true);
    host_api::OutboundRequest request;
    request.method = "GET";
    request.url = "http://127.0.0.1:" + std::to_string(port) + path;
    request.timeout = std::chrono::seconds(10);
    return client.send(request);
}

std::filesystem::path built_library(const std::string& file_name) {
    const auto project = library_dir() / file_name;
    return std::filesystem::exists(project) ? project : binary_dir() / "test_lib" / file_name;
}

std::unique_ptr<TestHost> start_test_host(const std::string& manifest_json,
                                          const std::map<std::string, std::filesystem::path>& libraries) {
    auto host = std::make_unique<TestHost>();
    host->logger = std::make_shared<spdlog::logger>(
        "test-host", std::make_shared<spdlog::sinks::ostream_sink_mt>(*host->log_lines, true));
    std::filesystem::create_directories(host->library_dir());
    std::ofstream(host->manifest_path()) << manifest_json;
    for (const auto& [name, source] : libraries)
        std::filesystem::copy_file(source, host->library_dir() / name);
    host::runtime::HostOptions options;
    options.data_dir = host->dir.path() / "data";
    options.manifest = host->manifest_path();
    options.library_dir = host->library_dir();
    options.port = 0;
    options.watch_interval = std::chrono::milliseconds(200);
    auto runtime = host::runtime::HostRuntime::start(options, host->logger);
    REQUIRE(runtime);
    host->runtime = std::move(*runtime);
    return host;
}

}  // namespace test_support
