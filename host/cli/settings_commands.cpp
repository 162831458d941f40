// settings set | show: the host's own settings, the currency imported orders must be in
// (R3) and the public URL platforms send webhooks to. A running host reads them at each
// use, so a change applies without a restart.
#include <algorithm>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "host/cli/commands.hpp"
#include "host/store/host_store.hpp"

namespace host::cli {
namespace {

bool is_currency_code(const std::string& code) {
    return code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_public_url(const std::string& url) { return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0; }

host_api::Result<std::string> settings_json(store::HostSettings& settings) {
    auto currency = settings.currency();
    auto url = settings.public_url();
    if (!currency) return currency.error();
    if (!url) return url.error();
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    out.Key("currency");
    out.String(*currency);
    out.Key("public_url");
    out.String(*url);
    out.EndObject();
    return std::string(buffer.GetString());
}

int show(CliContext& context, store::HostSettings& settings) {
    auto json = settings_json(settings);
    if (!json) return fail(context, json.error().message);
    context.out << *json << "\n";
    return k_exit_ok;
}

}  // namespace

int run_settings_set(CliContext& context) {
    const auto currency = context.arguments.option("currency");
    const auto url = context.arguments.option("public-url");
    if (!currency && !url) {
        context.err << "error: give --currency CODE and/or --public-url URL\n";
        return k_exit_usage;
    }
    if (currency && !is_currency_code(*currency)) {
        context.err << "error: --currency must be an ISO 4217 code such as UAH, not '" << *currency << "'\n";
        return k_exit_usage;
    }
    if (url && !url->empty() && !is_public_url(*url)) {
        context.err << "error: --public-url must start with https:// or http://\n";
        return k_exit_usage;
    }
    auto store = store::HostStore::open(context.data_dir);
    if (!store) return fail(context, store.error().message);
    auto& settings = (*store)->settings();
    if (currency) {
        if (auto saved = settings.set_currency(*currency); !saved) return fail(context, saved.error().message);
    }
    if (url) {
        if (auto saved = settings.set_public_url(*url); !saved) return fail(context, saved.error().message);
    }
    return show(context, settings);
}

int run_settings_show(CliContext& context) {
    auto store = store::HostStore::open(context.data_dir);
    if (!store) return fail(context, store.error().message);
    return show(context, (*store)->settings());
}

}  // namespace host::cli
