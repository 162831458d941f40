#include <fstream>

#include <catch2/catch.hpp>

#include "host/plugins/manifest.hpp"
#include "host_api/abi.hpp"
#include "tests/unit/host/plugins/test_host.hpp"

namespace {

using test_support::built_library;
using test_support::manifest_with_libraries;
using test_support::start_test_host;

const std::map<std::string, std::filesystem::path> k_project_libraries{
    {"libshopify_plugin.so", built_library("libshopify_plugin.so")},
    {"libnova_poshta_adapter.so", built_library("libnova_poshta_adapter.so")},
    {"libgeneric_adapter.so", built_library("libgeneric_adapter.so")},
};

// A copy: the statuses are usually a temporary.
host::plugins::LibraryStatus status_of(const std::vector<host::plugins::LibraryStatus>& statuses,
                                       const std::string& id) {
    for (const auto& status : statuses)
        if (status.id == id) return status;
    FAIL("no status for " << id);
    throw std::logic_error("unreachable");
}

// The refusal is one log line that names the file and the reason (R29).
void require_one_refusal_line(const std::string& log, const std::string& file, const std::string& reason) {
    std::istringstream lines(log);
    int matching = 0;
    for (std::string line; std::getline(lines, line);)
        if (line.find("refused") != std::string::npos && line.find(file) != std::string::npos &&
            line.find(reason) != std::string::npos)
            ++matching;
    INFO(log);
    CHECK(matching == 1);
}

}  // namespace

TEST_CASE("R29 the project's manifest loads the plugin and both shipping adapters") {
    auto host = start_test_host(
        manifest_with_libraries("libshopify_plugin.so", "libnova_poshta_adapter.so", "libgeneric_adapter.so"),
        k_project_libraries);
    const auto statuses = host->runtime->statuses();
    REQUIRE(statuses.size() == 3);
    for (const auto& status : statuses) {
        INFO(status.id << ": " << status.reason);
        CHECK(status.state == "loaded");
    }
    CHECK(host->runtime->plugins()->plugin() != nullptr);
    CHECK(host->log().find("shopify plugin started") != std::string::npos);
}

TEST_CASE("R29 a missing plugin library is refused with its path and the host keeps running") {
    auto host = start_test_host(
        manifest_with_libraries("libmissing_plugin.so", "libnova_poshta_adapter.so", "libgeneric_adapter.so"),
        k_project_libraries);
    const auto statuses = host->runtime->statuses();
    const auto plugin = status_of(statuses, "shopify");
    CHECK(plugin.state == "refused");
    CHECK(plugin.reason.find("libmissing_plugin.so: file not found") != std::string::npos);
    CHECK(status_of(statuses, "generic").state == "loaded");
    CHECK(host->runtime->plugins()->plugin() == nullptr);
    require_one_refusal_line(host->log(), "libmissing_plugin.so", "file not found");
}

TEST_CASE("R29 a file that is not a shared library is refused before loading") {
    test_support::TempDir scratch;
    std::ofstream(scratch / "libcorrupt.so") << "this is not an ELF file, only text";
    auto libraries = k_project_libraries;
    libraries["libcorrupt.so"] = scratch / "libcorrupt.so";
    auto host = start_test_host(
        manifest_with_libraries("libshopify_plugin.so", "libcorrupt.so", "libgeneric_adapter.so"), libraries);
    const auto adapter = status_of(host->runtime->statuses(), "nova_poshta");
    CHECK(adapter.state == "refused");
    CHECK(adapter.reason.find("not a shared library") != std::string::npos);
    CHECK(status_of(host->runtime->statuses(), "shopify").state == "loaded");
    require_one_refusal_line(host->log(), "libcorrupt.so", "not a shared library");
}

TEST_CASE("R29 a library built for another host API version is refused") {
    auto libraries = k_project_libraries;
    libraries["libwrong_version_adapter.so"] = built_library("libwrong_version_adapter.so");
    auto host = start_test_host(
        manifest_with_libraries("libshopify_plugin.so", "libnova_poshta_adapter.so", "libwrong_version_adapter.so"),
        libraries);
    const auto adapter = status_of(host->runtime->statuses(), "generic");
    CHECK(adapter.state == "refused");
    CHECK(adapter.reason.find("built for host API version 99, host speaks version " +
                              std::to_string(host_api::k_api_version)) != std::string::npos);
    require_one_refusal_line(host->log(), "libwrong_version_adapter.so", "host API version 99");
    // No adapter id answers for a refused adapter; the others still do.
    CHECK_FALSE(host->runtime->plugins()->adapters().adapter("generic"));
    CHECK(host->runtime->plugins()->adapters().adapter("nova_poshta"));
}

TEST_CASE("R29 a library without the expected export is refused before loading") {
    auto libraries = k_project_libraries;
    libraries["libno_factory_library.so"] = built_library("libno_factory_library.so");
    libraries["libgeneration1_adapter.so"] = built_library("libgeneration1_adapter.so");
    auto host = start_test_host(
        manifest_with_libraries("libgeneration1_adapter.so", "libno_factory_library.so", "libgeneric_adapter.so"),
        libraries);
    const auto statuses = host->runtime->statuses();
    CHECK(status_of(statuses, "nova_poshta").reason.find("does not export host_api_create_adapter") !=
          std::string::npos);
    // An adapter library named as the plugin: it has no plugin factory.
    CHECK(status_of(statuses, "shopify").reason.find("does not export host_api_create_plugin") != std::string::npos);
    require_one_refusal_line(host->log(), "libno_factory_library.so", "does not export host_api_create_adapter");
}

TEST_CASE("R29 a plugin whose start fails is refused, its routes removed, and the host keeps serving") {
    auto libraries = k_project_libraries;
    libraries["libfailing_plugin.so"] = built_library("libfailing_plugin.so");
    auto host = start_test_host(
        manifest_with_libraries("libfailing_plugin.so", "libnova_poshta_adapter.so", "libgeneric_adapter.so"),
        libraries);
    const auto plugin = status_of(host->runtime->statuses(), "shopify");
    CHECK(plugin.state == "refused");
    CHECK(plugin.reason.find("start failed: start failed: cannot reach its database") == std::string::npos);
    CHECK(plugin.reason.find("start failed: cannot reach its database") != std::string::npos);
    require_one_refusal_line(host->log(), "libfailing_plugin.so", "cannot reach its database");
    CHECK(status_of(host->runtime->statuses(), "nova_poshta").state == "loaded");
}

TEST_CASE("R29 a manifest that declares another host API version is refused with its reason") {
    std::string manifest =
        manifest_with_libraries("libshopify_plugin.so", "libnova_poshta_adapter.so", "libgeneric_adapter.so");
    const std::string declared = "\"host_api_version\": " + std::to_string(host_api::k_api_version);
    const auto at = manifest.find(declared);
    REQUIRE(at != std::string::npos);
    manifest.replace(at, declared.size(), "\"host_api_version\": " + std::to_string(host_api::k_api_version + 1));
    auto host = start_test_host(manifest, k_project_libraries);
    const auto plugin = status_of(host->runtime->statuses(), "shopify");
    CHECK(plugin.state == "refused");
    CHECK(plugin.reason.find("declares host API version " + std::to_string(host_api::k_api_version + 1) +
                             ", host speaks version " + std::to_string(host_api::k_api_version)) != std::string::npos);
}

TEST_CASE("R29 an invalid manifest is refused with the file and the reason, and the host still serves") {
    struct Case {
        std::string text;
        std::string reason;
    };
    const std::string valid = manifest_with_libraries("a.so", "b.so", "c.so");
    std::string duplicate_adapter = valid;
    duplicate_adapter.replace(duplicate_adapter.find("\"id\": \"generic\""), 15, "\"id\": \"nova_poshta\"");
    std::string no_library = valid;
    no_library.replace(no_library.find("\"library\": \"a.so\","), 18, "");
    const Case cases[] = {
        {"{ not json", "not JSON"},
        {"[]", "/: has the wrong type"},
        {no_library, "/: missing required property 'library'"},
        {duplicate_adapter, "adapter id 'nova_poshta' appears twice"},
    };
    for (const auto& test : cases) {
        auto host = start_test_host(test.text, {});
        INFO(test.text.substr(0, 60));
        CHECK(host->runtime->manifest_error().find("manifest.json: invalid manifest") != std::string::npos);
        CHECK(host->runtime->manifest_error().find(test.reason) != std::string::npos);
        const auto health = test_support::http_get(host->runtime->port(), "/health");
        REQUIRE(health);
        CHECK(health->status == 200);
        CHECK(health->body.find("invalid manifest") != std::string::npos);
    }
}
