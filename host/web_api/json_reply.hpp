#pragma once
// The answers of the host's JSON API: a body of its own, or
// {"error": message, "code": code, …} (the codes are listed in README.md beside this file;
// pages translate by code).
#include <string>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "host_api/http.hpp"

namespace host::web_api {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

inline host_api::HttpResponse json_reply(int status, std::string body) {
    return host_api::HttpResponse{status, "application/json", {{"Cache-Control", "no-store"}}, std::move(body)};
}

// `more` writes further members of the error object.
template <typename More>
host_api::HttpResponse error_reply(int status, const std::string& code, const std::string& message, More more) {
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("error");
    out.String(message);
    out.Key("code");
    out.String(code);
    more(out);
    out.EndObject();
    return json_reply(status, buffer.GetString());
}

inline host_api::HttpResponse error_reply(int status, const std::string& code, const std::string& message) {
    return error_reply(status, code, message, [](JsonWriter&) {});
}

// The usual codes of a status, for answers that need no other.
inline host_api::HttpResponse error_reply(int status, const std::string& message) {
    const char* code = status == 400   ? "bad_request"
                       : status == 404 ? "not_found"
                       : status == 422 ? "invalid"
                       : status == 503 ? "unavailable"
                                       : "failed";
    return error_reply(status, code, message);
}

// Writes one JSON document with `write` and answers it.
template <typename Write>
host_api::HttpResponse json_document(int status, Write write) {
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    write(out);
    return json_reply(status, buffer.GetString());
}

}  // namespace host::web_api
