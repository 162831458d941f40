#include "host/cli/run_cli.hpp"

#include <iostream>
#include <vector>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "host/cli/command_table.hpp"

namespace host::cli {
namespace {

// Options that never take a value.
const std::set<std::string> k_switches{"once", "allow-loopback-outbound"};

// The longest command name that the words start with ("stores add" before "stores").
const Command* find_command(const std::vector<std::string>& words, std::size_t& used) {
    const Command* best = nullptr;
    for (const auto& command : commands()) {
        std::string name;
        for (std::size_t n = 0; n < words.size(); ++n) {
            name += (n == 0 ? "" : " ") + words[n];
            if (name == command.name && (best == nullptr || command.name.size() > best->name.size())) {
                best = &command;
                used = n + 1;
            }
        }
    }
    return best;
}

std::shared_ptr<spdlog::logger> make_logger() {
    auto logger = spdlog::stderr_color_mt("host");
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%-5l%$ %v");
    return logger;
}

}  // namespace

int run_cli(int argc, char** argv) {
    std::vector<std::string> words(argv + 1, argv + argc);
    std::filesystem::path data_dir = "data";
    // --data is global: it comes before the command.
    while (words.size() >= 2 && words[0] == "--data") {
        data_dir = words[1];
        words.erase(words.begin(), words.begin() + 2);
    }
    if (words.empty() || words[0] == "--help" || words[0] == "help") {
        print_usage(words.empty() ? std::cerr : std::cout);
        return words.empty() ? k_exit_usage : k_exit_ok;
    }
    std::size_t used = 0;
    const Command* command = find_command(words, used);
    if (command == nullptr) {
        std::cerr << "unknown command: " << words[0] << "\n";
        print_usage(std::cerr);
        return k_exit_usage;
    }
    CliContext context{Arguments::parse({words.begin() + used, words.end()}, k_switches), data_dir, std::cout, std::cerr,
                       make_logger()};
    return command->run(context);
}

}  // namespace host::cli
