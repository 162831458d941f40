// serve and demo: start the host and keep it running.
#include <iomanip>

#include "host/cli/commands.hpp"
#include "host/cli/host_options_from_arguments.hpp"
#include "host/runtime/host_runtime.hpp"

namespace host::cli {
namespace {

host_api::Result<std::unique_ptr<runtime::HostRuntime>> start_host(CliContext& context) {
    auto options = host_options_from(context);
    if (!options) return options.error();
    return runtime::HostRuntime::start(*options, context.logger);
}

void print_libraries(CliContext& context, runtime::HostRuntime& host) {
    if (!host.manifest_error().empty()) context.out << "manifest refused: " << host.manifest_error() << "\n";
    for (const auto& library : host.statuses()) {
        context.out << "  " << std::left << std::setw(8) << library.kind << std::setw(13) << library.id
                    << std::setw(9) << library.state << library.library;
        if (!library.reason.empty()) context.out << "\n           reason: " << library.reason;
        context.out << "\n";
    }
    context.out.flush();
}

}  // namespace

int run_serve(CliContext& context) {
    auto host = start_host(context);
    if (!host) {
        context.err << "cannot start the host: " << host.error().message << "\n";
        return k_exit_failed;
    }
    (*host)->wait_for_stop();
    return k_exit_ok;
}

int run_demo(CliContext& context) {
    auto host = start_host(context);
    if (!host) {
        context.err << "cannot start the host: " << host.error().message << "\n";
        return k_exit_failed;
    }
    context.out << "exchange-host demo: listening on http://127.0.0.1:" << (*host)->port() << "\n";
    context.out << "loaded libraries:\n";
    print_libraries(context, **host);
    if (context.arguments.has("once")) return k_exit_ok;
    context.out << "serving until Ctrl-C (GET /health shows the same)\n";
    context.out.flush();
    (*host)->wait_for_stop();
    return k_exit_ok;
}

}  // namespace host::cli
