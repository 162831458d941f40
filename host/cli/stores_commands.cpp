// stores add | list | remove: the store connections (R1, R2). Secrets are never printed.
#include <charconv>

#include "host/cli/commands.hpp"
#include "host/cli/host_options_from_arguments.hpp"
#include "host/cli/store_settings_form.hpp"

namespace host::cli {
namespace {

host_api::Result<std::unique_ptr<store::HostStore>> open_store(CliContext& context) {
    return store::HostStore::open(context.data_dir);
}

int print_errors(CliContext& context, const std::vector<connections::FieldError>& errors) {
    for (const auto& error : errors)
        context.err << "error: " << error.message
                    << (error.field.empty() ? "" : " (--" + option_name(error.field) + ")") << "\n";
    return k_exit_usage;
}

}  // namespace

int run_stores_add(CliContext& context) {
    auto store = open_store(context);
    if (!store) return fail(context, store.error().message);
    auto form = read_store_settings(context, **store);
    if (!form) return fail(context, form.error().message);
    auto outcome = form->forms.connect(form->settings);
    if (!outcome) return fail(context, outcome.error().message);
    if (!outcome->errors.empty()) return print_errors(context, outcome->errors);
    auto saved = (*store)->connections().find(outcome->id);
    if (!saved || !*saved) return fail(context, "the connection was not saved");
    context.out << form->forms.shown(**saved, {}) << "\n";
    return k_exit_ok;
}

int run_stores_list(CliContext& context) {
    auto store = open_store(context);
    if (!store) return fail(context, store.error().message);
    auto manifest = plugins::load_manifest(manifest_path_from(context));
    if (!manifest) return fail(context, manifest.error().message);
    auto forms = connections::ConnectionForms::create(*manifest, **store);
    auto listed = (*store)->connections().list(manifest->id);
    if (!forms || !listed) return fail(context, "cannot read the store connections");
    context.out << "[";
    for (std::size_t i = 0; i < listed->size(); ++i) {
        auto notices = (*store)->connections().notices((*listed)[i].id);
        context.out << (i == 0 ? "" : ",\n ")
                    << forms->shown((*listed)[i],
                                    notices ? *notices : std::vector<std::pair<std::string, std::string>>{});
    }
    context.out << "]\n";
    return k_exit_ok;
}

int run_stores_remove(CliContext& context) {
    const auto& words = context.arguments.positional();
    host_api::ConnectionId id = 0;
    if (words.size() != 1 ||
        std::from_chars(words[0].data(), words[0].data() + words[0].size(), id).ec != std::errc()) {
        context.err << "usage: exchange-host stores remove ID\n";
        return k_exit_usage;
    }
    auto store = open_store(context);
    if (!store) return fail(context, store.error().message);
    auto found = (*store)->connections().find(id);
    if (!found || !*found) return fail(context, "no store connection " + std::to_string(id));
    if (auto removed = (*store)->connections().set_connected(id, false); !removed)
        return fail(context, removed.error().message);
    context.out << "store connection " << id << " disconnected; its imported orders stay\n";
    return k_exit_ok;
}

// Failed imports become pending again; the plugin fetches them afresh on its next round.
int run_stores_retry(CliContext& context) {
    const auto& words = context.arguments.positional();
    auto store = open_store(context);
    if (!store) return fail(context, store.error().message);
    auto queued = (*store)->imports().requeue_failed(words.empty() ? "" : words[0]);
    if (!queued) return fail(context, queued.error().message);
    context.out << *queued << " failed import(s) queued again\n";
    return k_exit_ok;
}

}  // namespace host::cli
