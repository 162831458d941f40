#pragma once
// Failed imports on the settings page (R27): GET /api/imports/failed lists them with their
// reasons, POST /api/imports/retry {"store": name or ""} has the plugin fetch them again.
// For employees with "Can manage settings".
#include "host/store/host_store.hpp"
#include "host/web_api/api_access.hpp"

namespace host::web_api {

class ImportsEndpoint {
public:
    ImportsEndpoint(const ApiAccess& access, store::HostStore& store) : access_(access), store_(store) {}

    host_api::HttpResponse failed(const host_api::HttpRequest& request) const;
    host_api::HttpResponse retry(const host_api::HttpRequest& request) const;

private:
    const ApiAccess& access_;
    store::HostStore& store_;
};

}  // namespace host::web_api
