#include "host/web_api/request_reading.hpp"

#include <cctype>
#include <sstream>

namespace host::web_api {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string url_decoded(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out.push_back(' ');
        } else if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
                   hex_value(text[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2])));
            i += 2;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

// "application/json" with any parameters ("; charset=utf-8"), in any case.
bool is_json_media_type(std::string type) {
    type = type.substr(0, type.find(';'));
    std::erase_if(type, [](char c) { return c == ' ' || c == '\t'; });
    for (auto& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return type == "application/json";
}

}  // namespace

host_api::Result<rapidjson::Document> json_object_body(const host_api::HttpRequest& request) {
    // A form or text/plain post (what a foreign page can send without asking) is not read
    // as JSON; a tool that names no type is.
    if (const auto type = request.header("Content-Type"); type && !is_json_media_type(*type))
        return host_api::permanent_error("the body must be JSON, sent as Content-Type: application/json");
    rapidjson::Document json;
    json.Parse(request.body.c_str(), request.body.size());
    if (json.HasParseError() || !json.IsObject()) return host_api::permanent_error("the body must be a JSON object");
    return json;
}

std::string text_member(const rapidjson::Value& object, const char* name) {
    const auto found = object.FindMember(name);
    return found != object.MemberEnd() && found->value.IsString() ? found->value.GetString() : "";
}

std::optional<std::int64_t> whole_number_member(const rapidjson::Value& object, const char* name) {
    const auto found = object.FindMember(name);
    if (found == object.MemberEnd() || !found->value.IsInt64()) return std::nullopt;
    return found->value.GetInt64();
}

std::string query_parameter(const std::string& query, const std::string& name) {
    std::istringstream pairs(query);
    for (std::string pair; std::getline(pairs, pair, '&');) {
        const auto equals = pair.find('=');
        const auto key = url_decoded(pair.substr(0, equals));
        if (key == name) return equals == std::string::npos ? "" : url_decoded(pair.substr(equals + 1));
    }
    return "";
}

}  // namespace host::web_api
