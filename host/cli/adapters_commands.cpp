// adapters list | swap: which library each shipping adapter loads, and replacing it (R17).
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "host/cli/commands.hpp"
#include "host/cli/host_options_from_arguments.hpp"
#include "host/plugins/library_inspection.hpp"
#include "host/plugins/loaded_library.hpp"
#include "host/plugins/manifest.hpp"
#include "host/store/host_store.hpp"
#include "host_api/abi.hpp"

namespace host::cli {
namespace {

const plugins::AdapterEntry* find_adapter(const plugins::Manifest& manifest, const std::string& id) {
    for (const auto& adapter : manifest.adapters)
        if (adapter.id == id) return &adapter;
    return nullptr;
}

void write_strings(rapidjson::Writer<rapidjson::StringBuffer>& out, const std::vector<std::string>& values) {
    out.StartArray();
    for (const auto& value : values) out.String(value);
    out.EndArray();
}

}  // namespace

// What the host loads for each adapter: the manifest's library, or the one a swap chose;
// each checked as the host would check it before loading.
int run_adapters_list(CliContext& context) {
    auto options = host_options_from(context);
    if (!options) return fail(context, options.error().message);
    auto manifest = plugins::load_manifest(options->manifest);
    if (!manifest) return fail(context, manifest.error().message);
    auto store = store::HostStore::open(context.data_dir);
    if (!store) return fail(context, store.error().message);
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartArray();
    for (const auto& adapter : manifest->adapters) {
        auto swapped = (*store)->adapter_overrides().get(adapter.id);
        const bool has_swap = swapped && *swapped;
        const auto library = has_swap ? std::filesystem::path((*swapped)->library_path)
                                      : options->library_dir / adapter.library;
        const auto check = plugins::inspect_library(library, host_api::k_adapter_factory_symbol);
        out.StartObject();
        out.Key("id");
        out.String(adapter.id);
        out.Key("name");
        out.String(adapter.name);
        out.Key("library");
        out.String(library.string());
        out.Key("swapped");
        out.Bool(has_swap);
        out.Key("state");
        out.String(check ? "ok" : "refused");
        out.Key("reason");
        check ? out.Null() : out.String(check.error().message);
        out.Key("fallback");
        out.Bool(adapter.fallback);
        out.Key("takes");
        write_strings(out, adapter.takes);
        out.Key("refuses");
        write_strings(out, adapter.refuses);
        out.Key("countries");
        write_strings(out, adapter.countries);
        out.EndObject();
    }
    out.EndArray();
    context.out << buffer.GetString() << "\n";
    return k_exit_ok;
}

// Checks the new library fully (loads it here, compares the ABI signature), then records
// it; a running host on the same data folder swaps within its watch interval.
int run_adapters_swap(CliContext& context) {
    const auto& words = context.arguments.positional();
    if (words.size() != 2) {
        context.err << "usage: exchange-host adapters swap ID LIBRARY\n";
        return k_exit_usage;
    }
    auto manifest = plugins::load_manifest(manifest_path_from(context));
    if (!manifest) return fail(context, manifest.error().message);
    if (find_adapter(*manifest, words[0]) == nullptr) return fail(context, "no adapter '" + words[0] + "' in the manifest");
    const auto library = std::filesystem::absolute(words[1]);
    {
        auto checked = plugins::LoadedLibrary::load(library, host_api::k_adapter_factory_symbol,
                                                    context.data_dir / "loaded-libraries");
        if (!checked) return fail(context, "refused " + checked.error().message + "; the adapter keeps its library");
    }
    auto store = store::HostStore::open(context.data_dir);
    if (!store) return fail(context, store.error().message);
    if (auto recorded = (*store)->adapter_overrides().set(words[0], library.string()); !recorded)
        return fail(context, recorded.error().message);
    context.out << "adapter " << words[0] << " now loads " << library.string()
                << " (a running host swaps it within 2 s)\n";
    return k_exit_ok;
}

}  // namespace host::cli
