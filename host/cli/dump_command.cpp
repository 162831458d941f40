// dump KIND: host records as a JSON array on stdout (README.md, "Dump format").
#include "host/cli/commands.hpp"
#include "host/store/dump_writer.hpp"
#include "host/store/host_store.hpp"

namespace host::cli {

int run_dump(CliContext& context) {
    const auto& words = context.arguments.positional();
    if (words.size() != 1) {
        context.err << "usage: exchange-host dump " << store::dump_kinds() << "\n";
        return k_exit_usage;
    }
    auto store = store::HostStore::open(context.data_dir);
    if (!store) return fail(context, store.error().message);
    auto json = store::dump_json(**store, words[0]);
    if (!json) return fail(context, json.error().message);
    context.out << *json << "\n";
    return k_exit_ok;
}

}  // namespace host::cli
