#pragma once
// A real host (HostRuntime on a temp data folder, port picked by the kernel) loading a
// manifest and a library folder a test puts together, with its log captured.
#include <filesystem>
#include <map>
#include <memory>
#include <sstream>
#include <string>

#include <spdlog/logger.h>

#include "host/runtime/host_runtime.hpp"
#include "tests/support/temp_dir.hpp"

namespace test_support {

struct TestHost {
    TempDir dir;
    std::shared_ptr<std::ostringstream> log_lines = std::make_shared<std::ostringstream>();
    std::shared_ptr<spdlog::logger> logger;
    std::unique_ptr<host::runtime::HostRuntime> runtime;

    std::string log() const { return log_lines->str(); }
    std::filesystem::path library_dir() const { return dir.path() / "lib"; }
    std::filesystem::path manifest_path() const { return dir.path() / "manifest.json"; }
};

// GET http://127.0.0.1:<port><path> through the host's own outbound client.
host_api::Result<host_api::OutboundResponse> http_get(std::uint16_t port, const std::string& path);

// The project's manifest.json with its three library names replaced.
std::string manifest_with_libraries(const std::string& plugin, const std::string& nova_poshta,
                                    const std::string& generic);

// A built library: "libshopify_plugin.so" from build/lib, test libraries from build/test_lib.
std::filesystem::path built_library(const std::string& file_name);

// Writes the manifest and copies each library (file name in the library folder -> source)
// before starting the host.
std::unique_ptr<TestHost> start_test_host(const std::string& manifest_json,
                                          const std::map<std::string, std::filesystem::path>& libraries);

}  // namespace test_support
