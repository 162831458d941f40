// novaposhta set | show: the host's Nova Poshta integration (R12-R14). The API key is
// written, never shown back.
#include <charconv>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "host/cli/commands.hpp"
#include "host/store/host_store.hpp"

namespace host::cli {
namespace {

host_api::Result<bool> parse_bool(const std::string& text) {
    if (text == "true" || text == "yes" || text == "1") return true;
    if (text == "false" || text == "no" || text == "0") return false;
    return host_api::permanent_error("--enabled must be true or false, not '" + text + "'");
}

// Every status name of every order type: a rule's target must be one of them.
host_api::Result<std::vector<std::string>> status_names(store::HostStore& store) {
    auto types = store.orders().order_types();
    if (!types) return types.error();
    std::vector<std::string> names;
    for (const auto& type : *types)
        for (const auto& status : type.statuses) names.push_back(status.name);
    return names;
}

host_api::Result<std::vector<host_api::NovaPoshtaStatusRule>> parse_rules(const std::vector<std::string>& given,
                                                                          const std::vector<std::string>& statuses) {
    std::vector<host_api::NovaPoshtaStatusRule> rules;
    for (const auto& text : given) {
        const auto equals = text.find('=');
        if (equals == std::string::npos || equals == 0 || equals + 1 == text.size())
            return host_api::permanent_error("--rule must be CODE=STATUS, e.g. 9=Completed, not '" + text + "'");
        const auto status = text.substr(equals + 1);
        if (std::find(statuses.begin(), statuses.end(), status) == statuses.end())
            return host_api::permanent_error("--rule " + text + ": no order status named '" + status + "'");
        rules.push_back({text.substr(0, equals), status});
    }
    return rules;
}

host_api::Result<void> apply_options(const Arguments& arguments, const std::vector<std::string>& statuses,
                                     host_api::NovaPoshtaSettings& settings) {
    if (const auto enabled = arguments.option("enabled")) {
        auto value = parse_bool(*enabled);
        if (!value) return value.error();
        settings.enabled = *value;
    }
    const std::pair<const char*, std::string*> texts[] = {
        {"api-key", &settings.api_key},         {"sender-name", &settings.sender_name},
        {"sender-phone", &settings.sender_phone}, {"sender-city", &settings.sender_city},
        {"sender-branch", &settings.sender_branch},
        {"api-url", &settings.api_url},           {"ca-file", &settings.ca_file}};
    for (const auto& [name, field] : texts)
        if (const auto value = arguments.option(name)) *field = *value;
    if (const auto interval = arguments.option("tracking-interval")) {
        int seconds = 0;
        const auto parsed = std::from_chars(interval->data(), interval->data() + interval->size(), seconds);
        if (parsed.ec != std::errc() || seconds < 10)
            return host_api::permanent_error("--tracking-interval must be a number of seconds, at least 10");
        settings.tracking_interval_seconds = seconds;
    }
    if (arguments.has("rule")) {
        auto rules = parse_rules(arguments.options("rule"), statuses);
        if (!rules) return rules.error();
        settings.status_rules = std::move(*rules);
    }
    return host_api::success();
}

std::string settings_json(const host_api::NovaPoshtaSettings& settings) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    out.Key("enabled");
    out.Bool(settings.enabled);
    out.Key("api_key");
    out.String(settings.api_key.empty() ? "(not set)" : "(set)");
    const std::pair<const char*, const std::string*> texts[] = {
        {"sender_name", &settings.sender_name}, {"sender_phone", &settings.sender_phone},
        {"sender_city", &settings.sender_city}, {"sender_branch", &settings.sender_branch},
        {"api_url", &settings.api_url},         {"ca_file", &settings.ca_file}};
    for (const auto& [name, value] : texts) {
        out.Key(name);
        out.String(*value);
    }
    out.Key("tracking_interval_seconds");
    out.Int(settings.tracking_interval_seconds);
    out.Key("status_rules");
    out.StartArray();
    for (const auto& rule : settings.status_rules) {
        out.StartObject();
        out.Key("status_code");
        out.String(rule.status_code);
        out.Key("order_status");
        out.String(rule.order_status);
        out.EndObject();
    }
    out.EndArray();
    out.EndObject();
    return buffer.GetString();
}

}  // namespace

int run_novaposhta_set(CliContext& context) {
    auto store = store::HostStore::open(context.data_dir);
    if (!store) return fail(context, store.error().message);
    auto settings = (*store)->nova_poshta().nova_poshta_settings();
    auto statuses = status_names(**store);
    if (!settings || !statuses) return fail(context, "cannot read the Nova Poshta settings");
    if (auto applied = apply_options(context.arguments, *statuses, *settings); !applied) {
        context.err << "error: " << applied.error().message << "\n";
        return k_exit_usage;
    }
    if (settings->enabled && settings->api_key.empty())
        return fail(context, "the integration cannot be enabled without --api-key");
    if (auto saved = (*store)->nova_poshta().save(*settings); !saved) return fail(context, saved.error().message);
    context.out << settings_json(*settings) << "\n";
    return k_exit_ok;
}

int run_novaposhta_show(CliContext& context) {
    auto store = store::HostStore::open(context.data_dir);
    if (!store) return fail(context, store.error().message);
    auto settings = (*store)->nova_poshta().nova_poshta_settings();
    if (!settings) return fail(context, settings.error().message);
    context.out << settings_json(*settings) << "\n";
    return k_exit_ok;
}

}  // namespace host::cli
