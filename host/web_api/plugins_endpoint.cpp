#include "host/web_api/plugins_endpoint.hpp"

#include "host/web_api/json_reply.hpp"

namespace host::web_api {

host_api::HttpResponse PluginsEndpoint::handle(const host_api::HttpRequest& request) const {
    const auto caller = access_.caller(request, store_.employees(), "manage_settings");
    if (caller.refusal) return *caller.refusal;
    const auto libraries = statuses_();
    return json_document(200, [&](JsonWriter& out) {
        out.StartObject();
        out.Key("libraries");
        out.StartArray();
        for (const auto& library : libraries) {
            out.StartObject();
            for (const auto& [key, value] :
                 {std::pair{"kind", &library.kind}, {"id", &library.id}, {"name", &library.name},
                  {"library", &library.library}, {"state", &library.state}, {"reason", &library.reason}}) {
                out.Key(key);
                out.String(*value);
            }
            out.Key("version");
            out.String(version_);
            out.Key("generation");
            out.Uint64(library.generation);
            out.EndObject();
        }
        out.EndArray();
        out.EndObject();
    });
}

}  // namespace host::web_api
