#include "host/cli/command_table.hpp"

#include <array>

#include "host/cli/commands.hpp"

namespace host::cli {
namespace {

const std::array k_commands{
    Command{"serve", "serve [--listen HOST:PORT] [--manifest PATH] [--lib-dir DIR] [--allow-loopback-outbound]",
            "run the host until SIGINT or SIGTERM", run_serve},
    Command{"demo", "demo [--listen HOST:PORT] [--once]", "start the host on the defaults and show what loaded",
            run_demo},
    Command{"stores add",
            "stores add --name N --domain D (--token T | --client-id ID) --client-secret S --order-type T "
            "--identify-by name|sku|product_id [--reconcile-interval-seconds N] [--api-url URL] [--ca-file PEM]",
            "connect a store (validated by the manifest's settings schema)", run_stores_add},
    Command{"stores list", "stores list", "the connected stores as JSON, secrets hidden", run_stores_list},
    Command{"stores remove", "stores remove ID", "disconnect a store; its imported orders stay", run_stores_remove},
    Command{"stores retry", "stores retry [NAME]",
            "import the failed orders again (of one store, by its name), e.g. after a setting changed",
            run_stores_retry},
    Command{"orders refresh", "orders refresh ID... --as LOGIN",
            "fetch orders from their store again, as that employee (at most once per 10 minutes; "
            "needs a running host)",
            run_orders_refresh},
    Command{"dump", "dump orders|contacts|products|categories|waybills|feed|imports", "a JSON array on stdout",
            run_dump},
    Command{"adapters list", "adapters list", "the shipping adapters and the libraries they load", run_adapters_list},
    Command{"adapters swap", "adapters swap ID LIBRARY", "replace an adapter's library; a running host swaps it live",
            run_adapters_swap},
    Command{"novaposhta set",
            "novaposhta set --enabled true|false [--api-key K] [--sender-name N] [--sender-phone P] "
            "[--sender-city C] [--sender-branch B] [--tracking-interval SECONDS] [--rule CODE=STATUS]... "
            "[--api-url URL] [--ca-file PEM]",
            "the host's Nova Poshta integration (rules replace the old ones when given)", run_novaposhta_set},
    Command{"novaposhta show", "novaposhta show", "the Nova Poshta integration as JSON, the key hidden",
            run_novaposhta_show},
    Command{"settings set", "settings set [--currency CODE] [--public-url URL]",
            "the host's currency (orders in another one are not imported) and public URL", run_settings_set},
    Command{"settings show", "settings show", "the host's settings as JSON", run_settings_show},
    Command{"employees list", "employees list", "the employees, their rights, and whether they can sign in",
            run_employees_list},
    Command{"employees password", "employees password LOGIN",
            "set the password LOGIN signs in to the host's pages with (read from standard input)",
            run_employees_password},
};

}  // namespace

std::span<const Command> commands() { return k_commands; }

void print_usage(std::ostream& out) {
    out << "usage: exchange-host [--data DIR] COMMAND ...\n\ncommands:\n";
    for (const auto& command : k_commands) out << "  " << command.usage << "\n      " << command.summary << "\n";
    out << "\n--data DIR   the host's data folder (default ./data)\n";
}

}  // namespace host::cli
