#pragma once
// HostOptions from the command line: --listen HOST:PORT, --manifest, --lib-dir,
// --allow-loopback-outbound; the defaults find the repository's manifest and build.
#include "host/cli/cli_context.hpp"
#include "host/runtime/host_options.hpp"
#include "host_api/result.hpp"

namespace host::cli {

host_api::Result<runtime::HostOptions> host_options_from(const CliContext& context);
std::filesystem::path manifest_path_from(const CliContext& context);

}  // namespace host::cli
