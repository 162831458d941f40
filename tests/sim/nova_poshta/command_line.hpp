#pragma once
// The novaposhta-sim command line (documented at the top of main.cpp).
#include <filesystem>
#include <string>
#include <vector>

#include "host_api/result.hpp"
#include "tests/sim/nova_poshta/novaposhta_sim.hpp"

namespace sim::nova_poshta {

struct CommandLine {
    SimOptions options;
    std::string listen_host;       // as given, for the "listening on" line
    std::filesystem::path ca_out;  // empty: do not write the CA
    std::string log_level = "info";
};

// Every problem in one message, for stderr.
host_api::Result<CommandLine> parse_command_line(const std::vector<std::string>& arguments);

inline constexpr const char* k_usage =
    "usage: novaposhta-sim --listen HOST:PORT --api-key K [--ca-out FILE] [--documents FILE]\n"
    "                      [--log-level debug|info|warn|error]\n";

}  // namespace sim::nova_poshta
