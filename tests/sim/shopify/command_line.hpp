#pragma once
// The shopify-sim command line (documented at the top of main.cpp).
#include <string>
#include <vector>

#include "host_api/result.hpp"
#include "tests/sim/common/program_options.hpp"
#include "tests/sim/shopify/shopify_sim.hpp"

namespace sim::shopify {

using CommandLine = common::CommandLine<SimOptions>;

// Every problem in one message, and the usage after them, for stderr.
host_api::Result<CommandLine> parse_command_line(const std::vector<std::string>& arguments);

}  // namespace sim::shopify
