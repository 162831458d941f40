// A shared library with the ABI signature but no factory: the host must refuse it before
// loading (R29).
#include <boost/dll/alias.hpp>

#include "host_api/abi.hpp"

namespace {
const host_api::AbiSignature* signature() {
    static constexpr auto value = host_api::current_abi_signature();
    return &value;
}
}  // namespace

BOOST_DLL_ALIAS(signature, host_api_abi_signature)
