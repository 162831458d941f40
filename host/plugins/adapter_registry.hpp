#pragma once
// The shipping adapters the host has loaded, each published as a shared_ptr snapshot
// (R17). A caller keeps its snapshot for the whole call; a swap publishes a new
// adapter for the calls that come after, and the old one is stopped and its library
// unloaded on the reaper's thread once its last caller is done.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <spdlog/logger.h>

#include "host/plugins/carrier_matcher.hpp"
#include "host/plugins/library_reaper.hpp"
#include "host/plugins/library_services.hpp"
#include "host/plugins/manifest.hpp"
#include "host_api/shipping_adapter.hpp"

namespace host::plugins {

struct AdapterInstance;

struct LibraryStatus {
    std::string kind;  // "plugin" or "adapter"
    std::string id;
    std::string name;
    std::string library;           // the file it was loaded from (or refused)
    std::string state;             // "loaded", "refused" or "not loaded"
    std::string reason;            // why it was refused; the last refused swap for a loaded adapter
    std::uint64_t generation = 0;  // how many times it was loaded
};

class AdapterRegistry final : public host_api::ShippingAdapters {
public:
    AdapterRegistry(const std::vector<AdapterEntry>& entries, std::filesystem::path copy_dir,
                    LibraryServicesFactory services, LibraryReaper& reaper, std::shared_ptr<spdlog::logger> logger);
    ~AdapterRegistry() override;

    // Loads the adapter from this file and publishes it. For a swap, a refused library
    // leaves the current adapter in place.
    host_api::Result<void> load(const std::string& adapter_id, const std::filesystem::path& library);
    // Stops publishing every adapter; each goes once its last caller is done.
    void unload_all();

    host_api::AdapterChoice adapter_for(const host_api::Delivery& delivery) override;
    host_api::Result<std::shared_ptr<host_api::ShippingAdapter>> adapter(const std::string& adapter_id) override;
    std::vector<LibraryStatus> statuses() const;
    std::vector<std::string> adapter_ids() const;

private:
    // The adapter callers get now. A mutex held only to copy the pointer, rather than
    // std::atomic<std::shared_ptr>: libstdc++ 12 releases that one's internal lock with
    // relaxed order on load, which ThreadSanitizer rightly reports as a race with store.
    class Published {
    public:
        std::shared_ptr<host_api::ShippingAdapter> get() const {
            std::lock_guard lock(mutex_);
            return adapter_;
        }
        void set(std::shared_ptr<host_api::ShippingAdapter> adapter) {
            std::lock_guard lock(mutex_);
            adapter_.swap(adapter);
            // `adapter` holds the old one now; it is released after the lock, when `adapter` goes.
        }

    private:
        mutable std::mutex mutex_;
        std::shared_ptr<host_api::ShippingAdapter> adapter_;
    };

    struct Slot {
        AdapterEntry entry;
        Published current;
        mutable std::mutex load_mutex;  // one load or swap of this adapter at a time; guards the status below
        LibraryStatus status;
    };

    host_api::Result<std::shared_ptr<host_api::ShippingAdapter>> instantiate(const std::string& adapter_id,
                                                                             const std::filesystem::path& library);
    std::shared_ptr<host_api::ShippingAdapter> publishable(AdapterInstance* instance);

    std::map<std::string, std::unique_ptr<Slot>> slots_;  // fixed after construction
    CarrierMatcher matcher_;
    std::filesystem::path copy_dir_;
    LibraryServicesFactory services_;
    LibraryReaper& reaper_;
    std::shared_ptr<spdlog::logger> logger_;
};

}  // namespace host::plugins
