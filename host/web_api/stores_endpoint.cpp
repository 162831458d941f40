#include "host/web_api/stores_endpoint.hpp"

#include <charconv>
#include <map>

#include "host/web_api/form_errors.hpp"
#include "host/web_api/json_reply.hpp"
#include "host/web_api/request_reading.hpp"

namespace host::web_api {
namespace {

constexpr const char* k_right = "manage_settings";

std::map<std::string, int> failed_imports_by_store(store::HostStore& store) {
    std::map<std::string, int> counts;
    if (auto failed = store.imports().import_records(host_api::k_import_failed))
        for (const auto& record : *failed) ++counts[record.store];
    return counts;
}

void write_progress(JsonWriter& out, const std::vector<std::pair<std::string, host_api::Progress>>& bars) {
    out.Key("progress");
    out.StartObject();
    for (const auto& [topic, progress] : bars) {
        out.Key(topic.c_str());
        out.StartObject();
        out.Key("done");
        out.Int64(progress.done);
        out.Key("total");
        out.Int64(progress.total);
        out.EndObject();
    }
    out.EndObject();
}

}  // namespace

host_api::Result<connections::ConnectionForms> StoresEndpoint::forms() const {
    if (!manifest_) return host_api::permanent_error("no plugin is loaded: the manifest was refused");
    return connections::ConnectionForms::create(*manifest_, store_);
}

host_api::HttpResponse StoresEndpoint::form(const host_api::HttpRequest& request) const {
    const auto caller = access_.caller(request, store_.employees(), k_right);
    if (caller.refusal) return *caller.refusal;
    auto made = forms();
    if (!made) return error_reply(503, made.error().message);
    const auto schema = made->validator().schema_json();
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("schema");
    out.RawValue(schema.c_str(), schema.size(), rapidjson::kObjectType);
    out.Key("plugin");
    out.StartObject();
    out.Key("id");
    out.String(manifest_->id);
    out.Key("name");
    out.String(manifest_->name);
    out.Key("version");
    out.String(manifest_->version);
    out.EndObject();
    out.EndObject();
    return json_reply(200, buffer.GetString());
}

host_api::Result<std::string> StoresEndpoint::connections_json(const connections::ConnectionForms& forms) const {
    auto connections = store_.connections().list(forms.plugin_id());
    if (!connections) return connections.error();
    const auto failed = failed_imports_by_store(store_);
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartArray();
    for (const auto& connection : *connections) {
        auto notices = store_.connections().notices(connection.id);
        auto bars = store_.connections().progress(connection.id);
        if (!notices) return notices.error();
        if (!bars) return bars.error();
        const auto name = connections::setting_of(connection.settings_json, "name");
        const auto shown = forms.shown_settings(connection);
        out.StartObject();
        out.Key("id");
        out.Int64(connection.id);
        out.Key("name");
        out.String(name);
        out.Key("domain");
        out.String(connections::setting_of(connection.settings_json, "domain"));
        out.Key("connected");
        out.Bool(connection.connected);
        out.Key("settings");
        out.RawValue(shown.c_str(), shown.size(), rapidjson::kObjectType);
        out.Key("notices");
        out.StartObject();
        for (const auto& [topic, text] : *notices) {
            out.Key(topic.c_str());
            out.String(text);
        }
        out.EndObject();
        write_progress(out, *bars);
        out.Key("failed_imports");
        const auto count = failed.find(name);
        out.Int(count == failed.end() ? 0 : count->second);
        out.EndObject();
    }
    out.EndArray();
    return std::string(buffer.GetString());
}

host_api::HttpResponse StoresEndpoint::list(const host_api::HttpRequest& request) const {
    const auto caller = access_.caller(request, store_.employees(), k_right);
    if (caller.refusal) return *caller.refusal;
    auto made = forms();
    if (!made) return error_reply(503, made.error().message);
    auto json = connections_json(*made);
    if (!json) return error_reply(500, json.error().message);
    return json_reply(200, *json);
}

host_api::HttpResponse StoresEndpoint::connect(const host_api::HttpRequest& request) const {
    const auto caller = access_.caller(request, store_.employees(), k_right);
    if (caller.refusal) return *caller.refusal;
    auto body = json_object_body(request);
    if (!body) return error_reply(400, body.error().message);
    const auto settings = body->FindMember("settings");
    if (settings == body->MemberEnd() || !settings->value.IsObject())
        return error_reply(400, "the body must be {\"settings\": {…}}");
    auto made = forms();
    if (!made) return error_reply(503, made.error().message);
    auto outcome = made->connect(settings->value);
    if (!outcome) return error_reply(500, outcome.error().message);
    if (!outcome->errors.empty()) return invalid_reply(outcome->errors);
    return json_document(201, [&](JsonWriter& out) {
        out.StartObject();
        out.Key("id");
        out.Int64(outcome->id);
        out.EndObject();
    });
}

host_api::HttpResponse StoresEndpoint::remove(const host_api::HttpRequest& request) const {
    const auto caller = access_.caller(request, store_.employees(), k_right);
    if (caller.refusal) return *caller.refusal;
    auto body = json_object_body(request);
    if (!body) return error_reply(400, body.error().message);
    const auto id = whole_number_member(*body, "id");
    if (!id) return error_reply(400, "the body must be {\"id\": connection id}");
    auto made = forms();
    if (!made) return error_reply(503, made.error().message);
    if (auto done = made->disconnect(*id); !done) return error_reply(404, done.error().message);
    return json_document(200, [](JsonWriter& out) {
        out.StartObject();
        out.Key("disconnected");
        out.Bool(true);
        out.EndObject();
    });
}

}  // namespace host::web_api
