#pragma once
// The host services one loaded library gets: its HostContext and the per-library parts
// behind it (its state namespace, its routes, its timers). The runtime makes these; the
// plugin manager only asks for them, so it knows nothing of the store or the server.
#include <functional>
#include <memory>
#include <string>

#include "host_api/host_context.hpp"

namespace host::plugins {

class LibraryServices {
public:
    virtual ~LibraryServices() = default;

    virtual host_api::HostContext& context() = 0;
    // Removes the library's routes and cancels its timers, waiting for any that run: after
    // this no host thread calls into the library.
    virtual void shut_down() = 0;
};

using LibraryServicesFactory = std::function<std::unique_ptr<LibraryServices>(const std::string& library_id)>;

}  // namespace host::plugins
