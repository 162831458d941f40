#include "host/plugins/plugin_manager.hpp"

#include "host_api/abi.hpp"
#include "host_api/export.hpp"

namespace host::plugins {

PluginManager::RunningPlugin::~RunningPlugin() {
    if (plugin) plugin->stop();
    if (services) services->shut_down();
    plugin.reset();  // its destructor is code in the library: before the unload
    services.reset();
    library.reset();
}

PluginManager::PluginManager(Manifest manifest, std::filesystem::path library_dir, std::filesystem::path copy_dir,
                             LibraryServicesFactory services, LibraryReaper& reaper,
                             std::shared_ptr<spdlog::logger> logger)
    : manifest_(std::move(manifest)),
      library_dir_(std::move(library_dir)),
      copy_dir_(std::move(copy_dir)),
      services_(services),
      logger_(logger),
      adapters_(manifest_.adapters, copy_dir_, services, reaper, logger) {
    plugin_status_ = LibraryStatus{"plugin", manifest_.id, manifest_.name, (library_dir_ / manifest_.library).string(),
                                   "not loaded", "", 0};
}

PluginManager::~PluginManager() { stop(); }

void PluginManager::start(const std::map<std::string, std::filesystem::path>& adapter_overrides) {
    for (const auto& entry : manifest_.adapters) {
        const auto override_file = adapter_overrides.find(entry.id);
        const auto file = override_file != adapter_overrides.end() ? override_file->second : library_path(entry.library);
        (void)adapters_.load(entry.id, file);  // a refusal is logged and shown in statuses()
    }
    const auto file = library_path(manifest_.library);
    auto running = start_plugin(file);
    std::lock_guard lock(mutex_);
    if (!running) {
        plugin_status_.state = "refused";
        plugin_status_.reason = running.error().message;
        logger_->error("plugin {} refused: {}", manifest_.id, running.error().message);
        return;
    }
    plugin_ = std::move(*running);
    plugin_status_.state = "loaded";
    plugin_status_.reason.clear();
    ++plugin_status_.generation;
    logger_->info("plugin {} {} loaded from {}", manifest_.id, manifest_.version, file.string());
}

host_api::Result<std::unique_ptr<PluginManager::RunningPlugin>> PluginManager::start_plugin(
    const std::filesystem::path& file) {
    if (manifest_.host_api_version != host_api::k_api_version)
        return host_api::permanent_error(manifest_.path.string() + ": declares host API version " +
                                         std::to_string(manifest_.host_api_version) + ", host speaks version " +
                                         std::to_string(host_api::k_api_version));
    auto loaded = LoadedLibrary::load(file, host_api::k_plugin_factory_symbol, copy_dir_);
    if (!loaded) return loaded.error();
    auto running = std::make_unique<RunningPlugin>();
    running->library = std::move(*loaded);
    running->plugin = running->library->get<host_api::PluginFactory>(host_api::k_plugin_factory_symbol)();
    if (!running->plugin) return host_api::permanent_error(file.string() + ": its factory made no plugin");
    running->services = services_(manifest_.id);
    if (auto started = running->plugin->start(running->services->context()); !started)
        return host_api::permanent_error(file.string() + ": start failed: " + started.error().message);
    return running;
}

void PluginManager::stop() {
    std::unique_ptr<RunningPlugin> running;
    {
        std::lock_guard lock(mutex_);
        running = std::move(plugin_);
        if (plugin_status_.state == "loaded") plugin_status_.state = "not loaded";
    }
    running.reset();
    adapters_.unload_all();
}

host_api::Plugin* PluginManager::plugin() const {
    std::lock_guard lock(mutex_);
    return plugin_ ? plugin_->plugin.get() : nullptr;
}

std::vector<LibraryStatus> PluginManager::statuses() const {
    std::vector<LibraryStatus> out;
    {
        std::lock_guard lock(mutex_);
        out.push_back(plugin_status_);
    }
    for (auto& status : adapters_.statuses()) out.push_back(std::move(status));
    return out;
}

}  // namespace host::plugins
