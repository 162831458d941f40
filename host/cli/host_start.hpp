#pragma once
// Starting the host from the command line, shared by serve and demo.
#include <memory>

#include "host/cli/cli_context.hpp"
#include "host/runtime/host_runtime.hpp"

namespace host::cli {

host_api::Result<std::unique_ptr<runtime::HostRuntime>> start_host(CliContext& context);
// One line per library: kind, id, state, file, and the reason of a refusal.
void print_libraries(CliContext& context, runtime::HostRuntime& host);

}  // namespace host::cli
