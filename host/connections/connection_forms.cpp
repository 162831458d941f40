#include "host/connections/connection_forms.hpp"

#include <optional>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace host::connections {
namespace {

std::string to_json(const rapidjson::Value& value) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    value.Accept(writer);
    return buffer.GetString();
}

std::string text_of(const rapidjson::Value& settings, const char* name) {
    const auto found = settings.FindMember(name);
    return found != settings.MemberEnd() && found->value.IsString() ? found->value.GetString() : "";
}

std::optional<store::StoredConnection> same_domain(const std::vector<store::StoredConnection>& connections,
                                                   const std::string& domain) {
    for (const auto& connection : connections)
        if (setting_of(connection.settings_json, "domain") == domain) return connection;
    return std::nullopt;
}

bool name_taken(const std::vector<store::StoredConnection>& connections, const std::string& name,
                const std::string& domain) {
    for (const auto& connection : connections) {
        if (!connection.connected) continue;
        if (setting_of(connection.settings_json, "name") == name &&
            setting_of(connection.settings_json, "domain") != domain)
            return true;
    }
    return false;
}

}  // namespace

std::string setting_of(const std::string& settings_json, const char* name) {
    rapidjson::Document settings;
    settings.Parse(settings_json.c_str());
    if (settings.HasParseError() || !settings.IsObject()) return "";
    return text_of(settings, name);
}

host_api::Result<ConnectionForms> ConnectionForms::create(const plugins::Manifest& manifest,
                                                          store::HostStore& store) {
    auto types = store.orders().order_types();
    if (!types) return types.error();
    std::vector<std::string> names;
    for (const auto& type : *types) names.push_back(type.name);
    auto validator = SettingsValidator::create(manifest.settings_schema, {{"order_types", names}});
    if (!validator) return validator.error();
    return ConnectionForms(manifest.id, std::move(*validator), store);
}

host_api::Result<ConnectOutcome> ConnectionForms::connect(const rapidjson::Value& settings) {
    ConnectOutcome outcome;
    outcome.errors = validator_.validate(settings);
    if (!outcome.errors.empty()) return outcome;
    auto& connections = store_->connections();
    auto existing = connections.list(plugin_id_);
    if (!existing) return existing.error();
    const auto name = text_of(settings, "name");
    const auto domain = text_of(settings, "domain");
    if (name_taken(*existing, name, domain)) {
        outcome.errors.push_back({"name", "Store name is already used by another connected store", "taken"});
        return outcome;
    }
    const auto json = to_json(settings);
    if (auto known = same_domain(*existing, domain)) {
        outcome.id = known->id;
        if (auto reconnected = reconnect(*known, name, json); !reconnected) return reconnected.error();
        return outcome;
    }
    auto added = connections.add(plugin_id_, json);
    if (!added) return added.error();
    outcome.id = *added;
    return outcome;
}

// Orders and import log lines name their store by its display name (the pages show it, the
// plugin finds an order by it): a shop connected again under a new name takes them along,
// in the same transaction as its settings, so none of its orders is looked for under a
// name the shop no longer has and imported a second time.
host_api::Result<void> ConnectionForms::reconnect(const store::StoredConnection& known, const std::string& name,
                                                  const std::string& settings_json) {
    auto unit = store_->transactions().begin();
    if (!unit) return unit.error();
    auto& connections = store_->connections();
    if (auto updated = connections.update_settings(known.id, settings_json); !updated) return updated.error();
    if (auto reconnected = connections.set_connected(known.id, true); !reconnected) return reconnected.error();
    const auto before = setting_of(known.settings_json, "name");
    if (before != name) {
        if (auto moved = store_->orders().rename_origin_store(before, name); !moved) return moved.error();
        if (auto moved = store_->imports().rename_store(before, name); !moved) return moved.error();
    }
    return (*unit)->commit();
}

host_api::Result<void> ConnectionForms::disconnect(host_api::ConnectionId id) {
    auto found = store_->connections().find(id);
    if (!found) return found.error();
    if (!*found) return host_api::permanent_error("no store connection " + std::to_string(id));
    return store_->connections().set_connected(id, false);
}

std::string ConnectionForms::shown_settings(const store::StoredConnection& connection) const {
    rapidjson::Document settings;
    settings.Parse(connection.settings_json.c_str());
    if (settings.HasParseError() || !settings.IsObject()) settings.SetObject();
    return validator_.redacted(settings);
}

std::string ConnectionForms::shown(const store::StoredConnection& connection,
                                   const std::vector<std::pair<std::string, std::string>>& notices) const {
    rapidjson::Document redacted;
    redacted.Parse(shown_settings(connection).c_str());
    rapidjson::Document out(rapidjson::kObjectType);
    auto& allocator = out.GetAllocator();
    out.AddMember("id", connection.id, allocator);
    out.AddMember("connected", connection.connected, allocator);
    for (auto& member : redacted.GetObject())
        out.AddMember(rapidjson::Value(member.name, allocator), rapidjson::Value(member.value, allocator), allocator);
    rapidjson::Value notice_object(rapidjson::kObjectType);
    for (const auto& [topic, text] : notices)
        notice_object.AddMember(rapidjson::Value(topic.c_str(), allocator), rapidjson::Value(text.c_str(), allocator),
                                allocator);
    out.AddMember("notices", notice_object, allocator);
    return to_json(out);
}

}  // namespace host::connections
