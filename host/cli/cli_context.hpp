#pragma once
// What every command gets: its arguments, the data folder, where to print.
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>

#include <spdlog/logger.h>

#include "host/cli/arguments.hpp"

namespace host::cli {

// Exit codes every command uses.
inline constexpr int k_exit_ok = 0;
inline constexpr int k_exit_failed = 1;
inline constexpr int k_exit_usage = 2;

struct CliContext {
    Arguments arguments;  // the words after the command's name
    std::filesystem::path data_dir;
    std::ostream& out;  // results (JSON for scripts)
    std::ostream& err;  // messages for people
    std::shared_ptr<spdlog::logger> logger;
};

// Prints "error: <message>" for people and gives the exit code of a failed command.
inline int fail(CliContext& context, const std::string& message) {
    context.err << "error: " << message << "\n";
    return k_exit_failed;
}

}  // namespace host::cli
