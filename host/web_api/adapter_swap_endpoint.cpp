#include "host/web_api/adapter_swap_endpoint.hpp"

#include <rapidjson/document.h>

#include "host/web_api/json_reply.hpp"

namespace host::web_api {

host_api::HttpResponse AdapterSwapEndpoint::handle(const host_api::HttpRequest& request) const {
    const auto caller = access_.caller(request, store_.employees(), "manage_settings");
    if (caller.refusal) return *caller.refusal;
    rapidjson::Document json;
    json.Parse(request.body.c_str(), request.body.size());
    const bool complete = !json.HasParseError() && json.IsObject() && json.HasMember("adapter") &&
                          json["adapter"].IsString() && json.HasMember("library") && json["library"].IsString();
    if (!complete) return error_reply(400, "the body must be {\"adapter\": id, \"library\": path}");
    const std::string adapter = json["adapter"].GetString();
    const std::filesystem::path library = json["library"].GetString();
    if (!library.is_absolute()) return error_reply(400, "the library must be an absolute path");
    auto swapped = swap_(adapter, library);
    if (!swapped) return error_reply(422, "refused", swapped.error().message);
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    out.Key("adapter");
    out.String(adapter);
    out.Key("library");
    out.String(library.string());
    out.EndObject();
    return json_reply(200, buffer.GetString());
}

}  // namespace host::web_api
