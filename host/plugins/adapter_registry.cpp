#include "host/plugins/adapter_registry.hpp"

#include "host/plugins/adapter_instance.hpp"
#include "host_api/abi.hpp"
#include "host_api/export.hpp"

namespace host::plugins {

AdapterRegistry::AdapterRegistry(const std::vector<AdapterEntry>& entries, std::filesystem::path copy_dir,
                                 LibraryServicesFactory services, LibraryReaper& reaper,
                                 std::shared_ptr<spdlog::logger> logger)
    : matcher_(entries),
      copy_dir_(std::move(copy_dir)),
      services_(std::move(services)),
      reaper_(reaper),
      logger_(std::move(logger)) {
    for (const auto& entry : entries) {
        auto slot = std::make_unique<Slot>();
        slot->entry = entry;
        slot->status = LibraryStatus{"adapter", entry.id, entry.name, entry.library, "not loaded", "", 0};
        slots_.emplace(entry.id, std::move(slot));
    }
}

AdapterRegistry::~AdapterRegistry() { unload_all(); }

void AdapterRegistry::unload_all() {
    for (auto& [id, slot] : slots_) {
        std::lock_guard lock(slot->load_mutex);
        slot->current.set(nullptr);
        if (slot->status.state == "loaded") slot->status.state = "not loaded";
    }
}

// The published pointer's deleter hands the instance to the reaper: whichever thread drops
// the last snapshot, the adapter is stopped and its library unloaded on the reaper's thread.
std::shared_ptr<host_api::ShippingAdapter> AdapterRegistry::publishable(AdapterInstance* instance) {
    std::shared_ptr<AdapterInstance> owner(instance);
    return std::shared_ptr<host_api::ShippingAdapter>(
        owner->adapter.get(), [owner, reaper = &reaper_](host_api::ShippingAdapter*) mutable {
            reaper->retire([retired = std::move(owner)]() mutable { retired.reset(); });
        });
}

host_api::Result<std::shared_ptr<host_api::ShippingAdapter>> AdapterRegistry::instantiate(
    const std::string& adapter_id, const std::filesystem::path& library) {
    auto loaded = LoadedLibrary::load(library, host_api::k_adapter_factory_symbol, copy_dir_);
    if (!loaded) return loaded.error();
    auto instance = std::make_unique<AdapterInstance>();
    instance->library = std::move(*loaded);
    instance->adapter = instance->library->get<host_api::AdapterFactory>(host_api::k_adapter_factory_symbol)();
    if (!instance->adapter) return host_api::permanent_error(library.string() + ": its factory made no adapter");
    instance->services = services_(adapter_id);
    if (auto started = instance->adapter->start(instance->services->context()); !started)
        return host_api::permanent_error(library.string() + ": start failed: " + started.error().message);
    return publishable(instance.release());
}

host_api::Result<void> AdapterRegistry::load(const std::string& adapter_id, const std::filesystem::path& library) {
    const auto found = slots_.find(adapter_id);
    if (found == slots_.end()) return host_api::permanent_error("no adapter '" + adapter_id + "' in the manifest");
    Slot& slot = *found->second;
    std::lock_guard lock(slot.load_mutex);
    auto adapter = instantiate(adapter_id, library);
    if (!adapter) {
        const bool keeping = slot.current.get() != nullptr;
        slot.status.reason = adapter.error().message;
        if (!keeping) {
            slot.status.state = "refused";
            slot.status.library = library.string();
        }
        logger_->error("adapter {} refused: {}{}", adapter_id, adapter.error().message,
                       keeping ? " (keeping the adapter already loaded)" : "");
        return adapter.error();
    }
    slot.current.set(std::move(*adapter));  // the old snapshot lives on in callers that hold it
    ++slot.status.generation;
    slot.status.state = "loaded";
    slot.status.reason.clear();
    slot.status.library = library.string();
    logger_->info("adapter {} loaded from {} (generation {})", adapter_id, library.string(), slot.status.generation);
    return host_api::success();
}

host_api::AdapterChoice AdapterRegistry::adapter_for(const host_api::Delivery& delivery) {
    return matcher_.adapter_for(delivery);
}

host_api::Result<std::shared_ptr<host_api::ShippingAdapter>> AdapterRegistry::adapter(const std::string& adapter_id) {
    const auto found = slots_.find(adapter_id);
    if (found == slots_.end()) return host_api::permanent_error("no adapter '" + adapter_id + "' in the manifest");
    auto current = found->second->current.get();
    if (!current) return host_api::transient_error("adapter '" + adapter_id + "' is not loaded");
    return current;
}

std::vector<LibraryStatus> AdapterRegistry::statuses() const {
    std::vector<LibraryStatus> out;
    for (const auto& [id, slot] : slots_) {
        std::lock_guard lock(slot->load_mutex);
        out.push_back(slot->status);
    }
    return out;
}

std::vector<std::string> AdapterRegistry::adapter_ids() const {
    std::vector<std::string> out;
    for (const auto& [id, slot] : slots_) out.push_back(id);
    return out;
}

}  // namespace host::plugins
