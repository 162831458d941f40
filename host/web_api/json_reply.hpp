#pragma once
// The answers of the host's JSON API: a body of its own, or {"error": message}.
#include <string>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "host_api/http.hpp"

namespace host::web_api {

inline host_api::HttpResponse json_reply(int status, std::string body) {
    return host_api::HttpResponse{status, "application/json", {}, std::move(body)};
}

inline host_api::HttpResponse error_reply(int status, const std::string& message) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    out.Key("error");
    out.String(message);
    out.EndObject();
    return json_reply(status, buffer.GetString());
}

}  // namespace host::web_api
