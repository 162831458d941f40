#include "tests/sim/common/program_options.hpp"

namespace sim::common {

ProgramOptions read_program_options(CommandFlags& flags, const std::string& listen_example) {
    ProgramOptions out;
    if (const auto listen = flags.value("--listen"); !listen.empty()) {
        if (auto parsed = parse_listen_address(listen)) {
            out.listen = *parsed;
        } else {
            flags.add_problem("--listen: want HOST:PORT, e.g. " + listen_example + "\n");
        }
    }
    if (flags.given("--ca-out")) out.ca_out = flags.value("--ca-out");
    if (flags.given("--log-level")) out.log_level = flags.value("--log-level");
    return out;
}

}  // namespace sim::common
