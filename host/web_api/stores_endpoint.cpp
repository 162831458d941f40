#include "host/web_api/stores_endpoint.hpp"

#include <rapidjson/document.h>

#include "host/web_api/json_reply.hpp"

namespace host::web_api {
namespace {

std::string setting(const std::string& settings_json, const char* name) {
    rapidjson::Document settings;
    settings.Parse(settings_json.c_str());
    if (settings.HasParseError() || !settings.IsObject()) return "";
    const auto found = settings.FindMember(name);
    return found != settings.MemberEnd() && found->value.IsString() ? found->value.GetString() : "";
}

}  // namespace

host_api::HttpResponse StoresEndpoint::handle(const host_api::HttpRequest& request) const {
    const auto caller = access_.caller(request, store_.employees(), "manage_settings");
    if (caller.refusal) return *caller.refusal;
    auto connections = store_.connections().list("");
    if (!connections) return error_reply(500, connections.error().message);
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartArray();
    for (const auto& connection : *connections) {
        out.StartObject();
        out.Key("id");
        out.Int64(connection.id);
        out.Key("name");
        out.String(setting(connection.settings_json, "name"));
        out.Key("domain");
        out.String(setting(connection.settings_json, "domain"));
        out.Key("connected");
        out.Bool(connection.connected);
        out.Key("notices");
        out.StartObject();
        if (auto notices = store_.connections().notices(connection.id)) {
            for (const auto& [topic, text] : *notices) {
                out.Key(topic.c_str());
                out.String(text);
            }
        }
        out.EndObject();
        out.EndObject();
    }
    out.EndArray();
    return json_reply(200, buffer.GetString());
}

}  // namespace host::web_api
