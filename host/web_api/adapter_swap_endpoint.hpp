#pragma once
// POST /api/adapters/swap {"adapter": id, "library": path}: replaces a shipping adapter's
// library in the running host (R17), as `adapters swap` does, and answers with the
// outcome at once. Only an employee with "Can manage settings" may.
#include <filesystem>
#include <functional>
#include <string>

#include "host/store/host_store.hpp"
#include "host/web_api/api_access.hpp"

namespace host::web_api {

// Loads the library for the adapter (the old one stays when it is refused) and records it.
using SwapAdapter =
    std::function<host_api::Result<void>(const std::string& adapter, const std::filesystem::path& library)>;

class AdapterSwapEndpoint {
public:
    AdapterSwapEndpoint(const ApiAccess& access, store::HostStore& store, SwapAdapter swap)
        : access_(access), store_(store), swap_(std::move(swap)) {}

    host_api::HttpResponse handle(const host_api::HttpRequest& request) const;

private:
    const ApiAccess& access_;
    store::HostStore& store_;
    SwapAdapter swap_;
};

}  // namespace host::web_api
