#include "host/runtime/host_runtime.hpp"

#include <algorithm>

#include <boost/asio/signal_set.hpp>

#include "host/plugins/manifest.hpp"
#include "host/web_pages/web_pages.hpp"
#include "host/runtime/host_status.hpp"

namespace host::runtime {
namespace {

std::string swap_key(const store::AdapterOverride& swap) {
    return swap.library_path + "@" + std::to_string(swap.requested_at.time_since_epoch().count());
}

}  // namespace

HostRuntime::HostRuntime(HostOptions options, std::shared_ptr<spdlog::logger> logger)
    : options_(std::move(options)),
      logger_(std::move(logger)),
      work_(boost::asio::make_work_guard(io_)),
      routes_(logger_) {}

host_api::Result<std::unique_ptr<HostRuntime>> HostRuntime::start(const HostOptions& options,
                                                                  std::shared_ptr<spdlog::logger> logger) {
    std::unique_ptr<HostRuntime> runtime(new HostRuntime(options, std::move(logger)));
    if (auto opened = runtime->open(); !opened) return opened.error();
    return runtime;
}

host_api::Result<void> HostRuntime::open() {
    auto store = store::HostStore::open(options_.data_dir);
    if (!store) return store.error();
    store_ = std::move(*store);
    scheduler_ = std::make_unique<HostScheduler>(io_);
    catch_signals();
    for (int i = 0; i < std::max(2, options_.threads); ++i) threads_.emplace_back([this] { io_.run(); });
    server_ = std::make_unique<http::HttpServer>(io_, routes_, logger_);
    auto port = server_->listen(options_.listen_address, options_.port);
    if (!port) {
        stop();
        return port.error();
    }
    port_ = *port;
    (void)routes_.add("host", "GET", "/health", [this](const host_api::HttpRequest&) {
        return host_api::HttpResponse{200, "application/json", {}, host_status_json(statuses(), manifest_error_)};
    });
    load_libraries();
    start_web_api();
    timers_.push_back(scheduler_->run_every(options_.watch_interval, [this] { watch(); }));
    timers_.push_back(scheduler_->run_every(options_.tracking_interval, [this] { track_deliveries(); }));
    logger_->info("host listening on http://{}:{} (data in {})", options_.listen_address, port_,
                  options_.data_dir.string());
    return host_api::success();
}

void HostRuntime::load_libraries() {
    auto manifest = plugins::load_manifest(options_.manifest);
    if (!manifest) {
        manifest_error_ = manifest.error().message;
        logger_->error("no plugin loaded: {}", manifest_error_);
        return;
    }
    outbound_ =
        std::make_unique<http::OutboundClient>(manifest->outbound_hosts, options_.allow_loopback_outbound, logger_);
    settings_ = std::make_unique<RuntimeHostSettings>(
        store_->settings(), "http://" + options_.listen_address + ":" + std::to_string(port_));
    plugins_ = std::make_unique<plugins::PluginManager>(
        *manifest, options_.library_dir, options_.data_dir / "loaded-libraries",
        [this](const std::string& id) { return std::make_unique<LibraryContext>(id, *shared_); }, reaper_, logger_);
    shared_ = std::make_unique<SharedServices>(
        SharedServices{*store_, routes_, *scheduler_, *outbound_, plugins_->adapters(), logger_, *settings_,
                       [this] { scheduler_->post([this] { pick_up_changes(); }); }});
    const auto swaps = pending_swaps();
    plugins_->start(swaps);
    connections_ = std::make_unique<ConnectionWatcher>(store_->connections(), manifest->id, logger_);
    manifest_ = *manifest;
    pick_up_changes();
}

void HostRuntime::start_web_api() {
    web_api::WebApiServices services{*store_,
                                     [this]() -> host_api::Plugin* { return plugins_ ? plugins_->plugin() : nullptr; },
                                     [this](const std::string& adapter, const std::filesystem::path& library) {
                                         return swap_adapter(adapter, library);
                                     },
                                     manifest_, [this] { return statuses(); }};
    if (auto added = web_pages::add_page_routes(routes_); !added)
        logger_->error("the host's pages are not available: {}", added.error().message);
    const auto url = "http://" + options_.listen_address + ":" + std::to_string(port_);
    auto api = web_api::WebApi::start(routes_, options_.data_dir, url, std::move(services));
    if (!api) {
        logger_->error("the JSON API is not available: {}", api.error().message);
        return;
    }
    web_api_ = std::move(*api);
}

host_api::Result<void> HostRuntime::swap_adapter(const std::string& adapter, const std::filesystem::path& library) {
    std::lock_guard lock(watch_mutex_);
    if (!plugins_) return host_api::permanent_error("no libraries are loaded");
    const auto ids = plugins_->adapters().adapter_ids();
    if (std::find(ids.begin(), ids.end(), adapter) == ids.end())
        return host_api::permanent_error("no adapter '" + adapter + "' in the manifest");
    if (auto loaded = plugins_->adapters().load(adapter, library); !loaded)
        return host_api::permanent_error("refused " + loaded.error().message + "; the adapter keeps its library");
    if (auto recorded = store_->adapter_overrides().set(adapter, library.string()); !recorded) return recorded.error();
    // The watcher sees the record next: it is what is loaded already.
    auto swap = store_->adapter_overrides().get(adapter);
    if (swap && *swap) applied_keys_[adapter] = swap_key(**swap);
    logger_->info("adapter {} swapped to {}", adapter, library.string());
    return host_api::success();
}

// Swaps recorded by `adapters swap` before this start: they are the adapters' libraries now.
std::map<std::string, std::filesystem::path> HostRuntime::pending_swaps() {
    std::map<std::string, std::filesystem::path> swaps;
    auto listed = store_->adapter_overrides().list();
    if (!listed) return swaps;
    for (const auto& swap : *listed) {
        swaps[swap.adapter_id] = swap.library_path;
        applied_keys_[swap.adapter_id] = swap_key(swap);
    }
    return swaps;
}

void HostRuntime::apply_swaps() {
    auto listed = store_->adapter_overrides().list();
    if (!listed) return;
    for (const auto& swap : *listed) {
        if (applied_keys_[swap.adapter_id] == swap_key(swap)) continue;
        applied_keys_[swap.adapter_id] = swap_key(swap);
        logger_->info("swapping adapter {} to {}", swap.adapter_id, swap.library_path);
        (void)plugins_->adapters().load(swap.adapter_id, swap.library_path);  // a refusal is logged
    }
}

void HostRuntime::pick_up_changes() {
    std::lock_guard lock(watch_mutex_);
    if (!plugins_) return;
    if (auto* plugin = plugins_->plugin()) connections_->sync(*plugin);
    apply_swaps();
}

void HostRuntime::watch() {
    auto version = store_->database().data_version();
    if (!version || *version == data_version_) return;
    data_version_ = *version;
    pick_up_changes();
}

void HostRuntime::track_deliveries() {
    if (!plugins_) return;
    for (const auto& id : plugins_->adapters().adapter_ids()) {
        auto adapter = plugins_->adapters().adapter(id);
        if (!adapter) continue;
        if (auto tracked = (*adapter)->track(); !tracked)
            logger_->warn("adapter {} tracking failed: {}", id, tracked.error().message);
    }
}

std::vector<plugins::LibraryStatus> HostRuntime::statuses() const {
    return plugins_ ? plugins_->statuses() : std::vector<plugins::LibraryStatus>{};
}

// SIGINT and SIGTERM are caught from the start, before the server answers anything: a
// signal that arrived before wait_for_stop() would otherwise kill the process.
void HostRuntime::catch_signals() {
    signals_ = std::make_unique<boost::asio::signal_set>(io_, SIGINT, SIGTERM);
    signals_->async_wait([this](const boost::system::error_code& error, int signal) {
        if (error) return;
        logger_->info("signal {} received: stopping", signal);
        std::lock_guard lock(stop_mutex_);
        stopping_ = true;
        stop_requested_.notify_all();
    });
}

void HostRuntime::wait_for_stop() {
    {
        std::unique_lock lock(stop_mutex_);
        stop_requested_.wait(lock, [this] { return stopping_; });
    }
    stop();
}

void HostRuntime::stop() {
    {
        std::lock_guard lock(stop_mutex_);
        if (stopped_) return;
        stopped_ = true;
        stopping_ = true;
        stop_requested_.notify_all();
    }
    if (signals_) signals_->cancel();
    if (web_api_) web_api_->withdraw();
    if (server_) server_->stop();
    for (const auto timer : timers_) scheduler_->cancel(timer);
    if (plugins_) plugins_->stop();
    reaper_.wait_idle();
    work_.reset();
    for (auto& thread : threads_) thread.join();
    threads_.clear();
    logger_->info("host stopped");
}

HostRuntime::~HostRuntime() { stop(); }

}  // namespace host::runtime
