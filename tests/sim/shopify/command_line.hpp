#pragma once
// The shopify-sim command line (documented at the top of main.cpp).
#include <filesystem>
#include <string>
#include <vector>

#include "host_api/result.hpp"
#include "tests/sim/shopify/shopify_sim.hpp"

namespace sim::shopify {

struct CommandLine {
    SimOptions options;
    std::string listen_host;       // as given, for the "listening on" line
    std::filesystem::path ca_out;  // empty: do not write the CA
    std::string log_level = "info";
};

// Every problem in one message, for stderr.
host_api::Result<CommandLine> parse_command_line(const std::vector<std::string>& arguments);

inline constexpr const char* k_usage =
    "usage: shopify-sim --listen HOST:PORT --shop NAME.myshopify.com --token T --client-secret S\n"
    "                   [--plan basic|grow|advanced|plus] [--currency CODE] [--ca-out FILE]\n"
    "                   [--webhook-url URL] [--orders FILE] [--log-level debug|info|warn|error]\n";

}  // namespace sim::shopify
