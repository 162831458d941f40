#pragma once
// The ABI signature every loadable library exports and the host compares with its own
// before it calls anything else: C++ types cross the boundary, so both sides must agree on
// the host API version, the compiler, the standard library ABI and the Boost version.
#include <boost/version.hpp>

#include <cstring>
#include <string>

namespace host_api {

#ifndef HOST_API_VERSION_OVERRIDE
inline constexpr int k_api_version = 5;
#else
// Only the refusal tests build a library that claims another version.
inline constexpr int k_api_version = HOST_API_VERSION_OVERRIDE;
#endif

#if defined(__clang__)
#define HOST_API_COMPILER "clang " __clang_version__
#elif defined(__GNUC__)
#define HOST_API_COMPILER "gcc " __VERSION__
#else
#define HOST_API_COMPILER "unknown"
#endif

#if defined(_GLIBCXX_USE_CXX11_ABI) && _GLIBCXX_USE_CXX11_ABI
#define HOST_API_STDLIB "libstdc++ cxx11-abi"
#elif defined(__GLIBCXX__)
#define HOST_API_STDLIB "libstdc++ old-abi"
#elif defined(_LIBCPP_VERSION)
#define HOST_API_STDLIB "libc++"
#else
#define HOST_API_STDLIB "unknown"
#endif

// Plain data only: this struct is read before the host trusts anything else in the library.
struct AbiSignature {
    int api_version;
    const char* compiler;
    const char* stdlib;
    int boost_version;
};

inline constexpr AbiSignature current_abi_signature() {
    return AbiSignature{k_api_version, HOST_API_COMPILER, HOST_API_STDLIB, BOOST_VERSION};
}

// Empty when the two agree; otherwise the first difference, readable in a log line.
inline std::string abi_mismatch(const AbiSignature& host, const AbiSignature& library) {
    if (host.api_version != library.api_version)
        return "built for host API version " + std::to_string(library.api_version) + ", host speaks version " +
               std::to_string(host.api_version);
    if (std::strcmp(host.compiler, library.compiler) != 0)
        return std::string("built with ") + library.compiler + ", host built with " + host.compiler;
    if (std::strcmp(host.stdlib, library.stdlib) != 0)
        return std::string("built against ") + library.stdlib + ", host uses " + host.stdlib;
    if (host.boost_version != library.boost_version)
        return "built with Boost " + std::to_string(library.boost_version) + ", host uses Boost " +
               std::to_string(host.boost_version);
    return {};
}

// Exported symbol names, looked up with boost::dll::library_info before loading.
inline constexpr const char* k_signature_symbol = "host_api_abi_signature";
inline constexpr const char* k_plugin_factory_symbol = "host_api_create_plugin";
inline constexpr const char* k_adapter_factory_symbol = "host_api_create_adapter";

}  // namespace host_api
