// stores add | list | remove: the store connections (R1, R2). Secrets are never printed.
#include <charconv>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "host/cli/commands.hpp"
#include "host/cli/host_options_from_arguments.hpp"
#include "host/cli/store_settings_form.hpp"

namespace host::cli {
namespace {

std::string to_json(const rapidjson::Value& value) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    value.Accept(writer);
    return buffer.GetString();
}

std::string setting(const rapidjson::Value& settings, const char* name) {
    const auto found = settings.FindMember(name);
    return found != settings.MemberEnd() && found->value.IsString() ? found->value.GetString() : "";
}

// {"id":…,"connected":…, …the settings with secrets replaced by "(set)"/"(not set)"}
// The connection as people may see it: secrets hidden, with what the plugin reported.
std::string connection_json(const store::StoredConnection& connection, const runtime::SettingsValidator& validator,
                            const std::vector<std::pair<std::string, std::string>>& notice_list = {}) {
    rapidjson::Document settings;
    settings.Parse(connection.settings_json.c_str());
    if (settings.HasParseError() || !settings.IsObject()) settings.SetObject();
    rapidjson::Document shown;
    shown.Parse(validator.redacted(settings).c_str());
    rapidjson::Document out(rapidjson::kObjectType);
    auto& allocator = out.GetAllocator();
    out.AddMember("id", connection.id, allocator);
    out.AddMember("connected", connection.connected, allocator);
    for (auto& member : shown.GetObject())
        out.AddMember(rapidjson::Value(member.name, allocator), rapidjson::Value(member.value, allocator), allocator);
    rapidjson::Value notices(rapidjson::kObjectType);
    for (const auto& [topic, text] : notice_list)
        notices.AddMember(rapidjson::Value(topic.c_str(), allocator), rapidjson::Value(text.c_str(), allocator),
                          allocator);
    out.AddMember("notices", notices, allocator);
    return to_json(out);
}

host_api::Result<std::unique_ptr<store::HostStore>> open_store(CliContext& context) {
    return store::HostStore::open(context.data_dir);
}

// The connection with this shop domain, if one was ever added.
std::optional<store::StoredConnection> same_domain(const std::vector<store::StoredConnection>& connections,
                                                   const std::string& domain) {
    for (const auto& connection : connections) {
        rapidjson::Document settings;
        settings.Parse(connection.settings_json.c_str());
        if (!settings.HasParseError() && settings.IsObject() && setting(settings, "domain") == domain)
            return connection;
    }
    return std::nullopt;
}

// Another shop already connected under this display name: orders would not say which store.
bool name_taken(const std::vector<store::StoredConnection>& connections, const std::string& name,
                const std::string& domain) {
    for (const auto& connection : connections) {
        rapidjson::Document settings;
        settings.Parse(connection.settings_json.c_str());
        if (settings.HasParseError() || !settings.IsObject() || !connection.connected) continue;
        if (setting(settings, "name") == name && setting(settings, "domain") != domain) return true;
    }
    return false;
}

int print_errors(CliContext& context, const std::vector<runtime::FieldError>& errors) {
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
    if (!form->errors.empty()) return print_errors(context, form->errors);
    auto& connections = (*store)->connections();
    auto existing = connections.list(form->manifest.id);
    if (!existing) return fail(context, existing.error().message);
    if (name_taken(*existing, setting(form->settings, "name"), setting(form->settings, "domain")))
        return print_errors(context, {{"name", "Store name is already used by another connected store"}});
    const auto json = to_json(form->settings);
    host_api::ConnectionId id = 0;
    if (auto known = same_domain(*existing, setting(form->settings, "domain"))) {
        // Adding a known shop again reconnects it with the new settings.
        id = known->id;
        if (auto updated = connections.update_settings(id, json); !updated)
            return fail(context, updated.error().message);
        (void)connections.set_connected(id, true);
    } else {
        auto added = connections.add(form->manifest.id, json);
        if (!added) return fail(context, added.error().message);
        id = *added;
    }
    auto saved = connections.find(id);
    if (!saved || !*saved) return fail(context, "the connection was not saved");
    context.out << connection_json(**saved, form->validator) << "\n";
    return k_exit_ok;
}

int run_stores_list(CliContext& context) {
    auto store = open_store(context);
    if (!store) return fail(context, store.error().message);
    auto manifest = plugins::load_manifest(manifest_path_from(context));
    if (!manifest) return fail(context, manifest.error().message);
    auto validator = settings_validator_for(*manifest, **store);
    auto listed = (*store)->connections().list(manifest->id);
    if (!validator || !listed) return fail(context, "cannot read the store connections");
    context.out << "[";
    for (std::size_t i = 0; i < listed->size(); ++i) {
        auto notices = (*store)->connections().notices((*listed)[i].id);
        context.out << (i == 0 ? "" : ",\n ")
                    << connection_json((*listed)[i], *validator,
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
    auto failed = (*store)->imports().import_records(host_api::k_import_failed);
    if (!failed) return fail(context, failed.error().message);
    int queued = 0;
    for (auto record : *failed) {
        if (!words.empty() && record.store != words[0]) continue;
        record.state = host_api::k_import_pending;
        if (auto saved = (*store)->imports().record_import(record); !saved) return fail(context, saved.error().message);
        ++queued;
    }
    context.out << queued << " failed import(s) queued again\n";
    return k_exit_ok;
}

}  // namespace host::cli
