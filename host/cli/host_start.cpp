#include "host/cli/host_start.hpp"

#include <iomanip>

#include "host/cli/host_options_from_arguments.hpp"

namespace host::cli {

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

}  // namespace host::cli
