#include <catch2/catch.hpp>

#include "host_api/abi.hpp"

TEST_CASE("R29 an ABI signature that differs is described in words") {
    const auto host = host_api::current_abi_signature();
    CHECK(host_api::abi_mismatch(host, host).empty());
    auto other = host;
    other.api_version = host.api_version + 1;
    CHECK(host_api::abi_mismatch(host, other).find("host API version") != std::string::npos);
    other = host;
    other.compiler = "clang 99";
    CHECK(host_api::abi_mismatch(host, other).find("clang 99") != std::string::npos);
    other = host;
    other.boost_version = 108800;
    CHECK(host_api::abi_mismatch(host, other).find("Boost 108800") != std::string::npos);
}
