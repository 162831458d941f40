#include "tests/sim/nova_poshta/command_line.hpp"

#include "tests/sim/common/command_flags.hpp"

namespace sim::nova_poshta {
namespace {

constexpr const char* k_usage =
    "usage: novaposhta-sim --listen HOST:PORT --api-key K [--ca-out FILE] [--documents FILE]\n"
    "                      [--log-level debug|info|warn|error]\n";

bool known_log_level(const std::string& level) {
    return level == "debug" || level == "info" || level == "warn" || level == "error";
}

}  // namespace

host_api::Result<CommandLine> parse_command_line(const std::vector<std::string>& arguments) {
    common::CommandFlags flags(arguments, {"--listen", "--api-key", "--ca-out", "--documents", "--log-level"});
    flags.require({"--listen", "--api-key"});
    CommandLine out;
    out.program = common::read_program_options(flags, "127.0.0.1:8444");
    out.options.address = out.program.listen.address;
    out.options.port = out.program.listen.port;
    out.options.api_key = flags.value("--api-key");
    if (flags.given("--documents")) out.options.documents_file = flags.value("--documents");
    if (!known_log_level(out.program.log_level)) flags.add_problem("--log-level: one of debug, info, warn, error\n");
    if (!flags.problems().empty()) return host_api::permanent_error(flags.problems() + k_usage);
    return out;
}

}  // namespace sim::nova_poshta
