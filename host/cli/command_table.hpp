#pragma once
// Every command of exchange-host, in one table: the registration apart from the work
// (each command's work is in its own file).
#include <span>
#include <string_view>

#include "host/cli/cli_context.hpp"

namespace host::cli {

struct Command {
    std::string_view name;  // "serve", "stores add", "dump"
    std::string_view usage;
    std::string_view summary;
    int (*run)(CliContext& context);
};

std::span<const Command> commands();
void print_usage(std::ostream& out);

}  // namespace host::cli
