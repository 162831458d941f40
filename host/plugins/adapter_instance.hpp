#pragma once
// One running adapter with what it needs alive: its library and its host services.
// Destroyed on the reaper's thread, in an order that keeps the code loaded while it runs.
#include <memory>

#include "host/plugins/library_services.hpp"
#include "host/plugins/loaded_library.hpp"
#include "host_api/shipping_adapter.hpp"

namespace host::plugins {

struct AdapterInstance {
    std::shared_ptr<LoadedLibrary> library;
    std::unique_ptr<LibraryServices> services;
    std::unique_ptr<host_api::ShippingAdapter> adapter;

    ~AdapterInstance() {
        if (adapter) adapter->stop();
        if (services) services->shut_down();
        adapter.reset();   // the adapter's destructor is code in the library: before the unload
        services.reset();
        library.reset();   // dlclose
    }
};

}  // namespace host::plugins
