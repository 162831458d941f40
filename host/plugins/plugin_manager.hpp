#pragma once
// Loads what manifest.json describes: the shipping adapters, then the plugin. Every
// library it refuses is one log line naming the file and the reason, and the host goes on
// without it (R29).
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <spdlog/logger.h>

#include "host/plugins/adapter_registry.hpp"
#include "host/plugins/library_reaper.hpp"
#include "host/plugins/library_services.hpp"
#include "host/plugins/loaded_library.hpp"
#include "host/plugins/manifest.hpp"
#include "host_api/plugin.hpp"

namespace host::plugins {

class PluginManager {
public:
    PluginManager(Manifest manifest, std::filesystem::path library_dir, std::filesystem::path copy_dir,
                  LibraryServicesFactory services, LibraryReaper& reaper, std::shared_ptr<spdlog::logger> logger);
    ~PluginManager();
    PluginManager(const PluginManager&) = delete;
    PluginManager& operator=(const PluginManager&) = delete;

    // Adapters first (the plugin may route deliveries as soon as it starts), then the
    // plugin. An override replaces an adapter's library file (a swap recorded earlier).
    void start(const std::map<std::string, std::filesystem::path>& adapter_overrides = {});
    // Stops the plugin and unpublishes the adapters; nothing of theirs runs afterwards.
    void stop();

    host_api::Plugin* plugin() const;  // null when refused or stopped
    AdapterRegistry& adapters() { return adapters_; }
    const Manifest& manifest() const { return manifest_; }
    std::filesystem::path library_path(const std::string& file_name) const { return library_dir_ / file_name; }
    std::vector<LibraryStatus> statuses() const;

private:
    struct RunningPlugin {
        std::shared_ptr<LoadedLibrary> library;
        std::unique_ptr<LibraryServices> services;
        std::unique_ptr<host_api::Plugin> plugin;
        ~RunningPlugin();
    };

    host_api::Result<std::unique_ptr<RunningPlugin>> start_plugin(const std::filesystem::path& file);

    Manifest manifest_;
    std::filesystem::path library_dir_;
    std::filesystem::path copy_dir_;
    LibraryServicesFactory services_;
    std::shared_ptr<spdlog::logger> logger_;
    AdapterRegistry adapters_;
    mutable std::mutex mutex_;
    std::unique_ptr<RunningPlugin> plugin_;
    LibraryStatus plugin_status_;
};

}  // namespace host::plugins
