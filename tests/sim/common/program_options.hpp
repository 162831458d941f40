#pragma once
// What every sim's command line says besides its server's own options: where to listen,
// where to write the CA, how much to log.
#include <filesystem>
#include <string>

#include "tests/sim/common/command_flags.hpp"
#include "tests/sim/common/listen_address.hpp"

namespace sim::common {

struct ProgramOptions {
    ListenAddress listen;
    std::filesystem::path ca_out;  // empty: do not write the CA
    std::string log_level = "info";
};

// A sim's command line, read: its server's options and the program's.
template <class SimOptions>
struct CommandLine {
    SimOptions options;      // the address and port from --listen among them
    ProgramOptions program;  // --listen as given, --ca-out, --log-level
};

// Reads --listen, --ca-out and --log-level. A --listen that is not HOST:PORT is a
// problem whose line shows `listen_example` ("127.0.0.1:8443").
ProgramOptions read_program_options(CommandFlags& flags, const std::string& listen_example);

}  // namespace sim::common
