#include "host/cli/host_options_from_arguments.hpp"

#include <charconv>

#include "host/runtime/default_paths.hpp"

namespace host::cli {
namespace {

host_api::Result<void> apply_listen(const std::string& listen, runtime::HostOptions& options) {
    const auto colon = listen.rfind(':');
    if (colon == std::string::npos || colon == 0)
        return host_api::permanent_error("--listen must be HOST:PORT, e.g. 127.0.0.1:8080");
    unsigned port = 0;
    const auto* first = listen.data() + colon + 1;
    const auto* last = listen.data() + listen.size();
    const auto parsed = std::from_chars(first, last, port);
    if (parsed.ec != std::errc() || parsed.ptr != last || port > 65535)
        return host_api::permanent_error("--listen port must be a number from 0 to 65535");
    options.listen_address = listen.substr(0, colon);
    options.port = static_cast<std::uint16_t>(port);
    return host_api::success();
}

}  // namespace

std::filesystem::path manifest_path_from(const CliContext& context) {
    const auto manifest = context.arguments.option("manifest");
    return manifest ? std::filesystem::path(*manifest) : runtime::default_manifest_path();
}

host_api::Result<runtime::HostOptions> host_options_from(const CliContext& context) {
    runtime::HostOptions options;
    options.data_dir = context.data_dir;
    options.manifest = manifest_path_from(context);
    const auto library_dir = context.arguments.option("lib-dir");
    options.library_dir = library_dir ? std::filesystem::path(*library_dir) : runtime::default_library_dir();
    options.allow_loopback_outbound = context.arguments.has("allow-loopback-outbound");
    if (const auto listen = context.arguments.option("listen")) {
        if (auto applied = apply_listen(*listen, options); !applied) return applied.error();
    }
    return options;
}

}  // namespace host::cli
