// serve: start the host and keep it running until SIGINT or SIGTERM.
#include "host/cli/commands.hpp"
#include "host/cli/host_start.hpp"

namespace host::cli {

int run_serve(CliContext& context) {
    auto host = start_host(context);
    if (!host) return fail(context, "cannot start the host: " + host.error().message);
    (*host)->wait_for_stop();
    return k_exit_ok;
}

}  // namespace host::cli
