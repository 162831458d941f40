#pragma once
// GET /api/plugins: the plugin and the shipping adapters the host loaded, with their
// version, library, state, generation and the reason for any refused library (R17), for
// employees with "Can manage settings". Swapping is POST /api/adapters/swap.
#include <functional>
#include <string>
#include <vector>

#include "host/plugins/adapter_registry.hpp"
#include "host/store/host_store.hpp"
#include "host/web_api/api_access.hpp"

namespace host::web_api {

using LibraryStatuses = std::function<std::vector<plugins::LibraryStatus>()>;

class PluginsEndpoint {
public:
    // version: the manifest's (the plugin and its adapters ship together); "" without one.
    PluginsEndpoint(const ApiAccess& access, store::HostStore& store, LibraryStatuses statuses, std::string version)
        : access_(access), store_(store), statuses_(std::move(statuses)), version_(std::move(version)) {}

    host_api::HttpResponse handle(const host_api::HttpRequest& request) const;

private:
    const ApiAccess& access_;
    store::HostStore& store_;
    LibraryStatuses statuses_;
    std::string version_;
};

}  // namespace host::web_api
