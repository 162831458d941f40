#pragma once
// Exports of a loadable library: its ABI signature and its factory, under the names the
// host looks for (abi.hpp). Use one macro once per library, in its registration file.
#include <memory>

#include <boost/dll/alias.hpp>

#include "host_api/abi.hpp"
#include "host_api/plugin.hpp"
#include "host_api/shipping_adapter.hpp"

#define HOST_API_EXPORT_SIGNATURE_()                                                 \
    namespace host_api_exports {                                                     \
    inline const ::host_api::AbiSignature* abi_signature() {                         \
        static constexpr ::host_api::AbiSignature signature =                        \
            ::host_api::current_abi_signature();                                     \
        return &signature;                                                           \
    }                                                                                \
    }                                                                                \
    BOOST_DLL_ALIAS(host_api_exports::abi_signature, host_api_abi_signature)

// The factory returns nullptr if construction throws: no exception leaves the library.
#define HOST_API_EXPORT_PLUGIN(PluginType)                                           \
    HOST_API_EXPORT_SIGNATURE_()                                                     \
    namespace host_api_exports {                                                     \
    inline std::unique_ptr<::host_api::Plugin> create_plugin() {            \
        try {                                                                        \
            return std::make_unique<PluginType>();                                   \
        } catch (...) {                                                              \
            return nullptr;                                                          \
        }                                                                            \
    }                                                                                \
    }                                                                                \
    BOOST_DLL_ALIAS(host_api_exports::create_plugin, host_api_create_plugin)

#define HOST_API_EXPORT_ADAPTER(AdapterType)                                         \
    HOST_API_EXPORT_SIGNATURE_()                                                     \
    namespace host_api_exports {                                                     \
    inline std::unique_ptr<::host_api::ShippingAdapter> create_adapter() {  \
        try {                                                                        \
            return std::make_unique<AdapterType>();                                  \
        } catch (...) {                                                              \
            return nullptr;                                                          \
        }                                                                            \
    }                                                                                \
    }                                                                                \
    BOOST_DLL_ALIAS(host_api_exports::create_adapter, host_api_create_adapter)

namespace host_api {
using PluginFactory = std::unique_ptr<Plugin>();
using AdapterFactory = std::unique_ptr<ShippingAdapter>();
using SignatureGetter = const AbiSignature*();
}  // namespace host_api
