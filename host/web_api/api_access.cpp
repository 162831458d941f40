#include "host/web_api/api_access.hpp"

#include <fstream>
#include <sstream>
#include <system_error>

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "host/web_api/json_reply.hpp"

namespace host::web_api {
namespace {

host_api::Result<std::string> random_token() {
    unsigned char bytes[32];
    if (RAND_bytes(bytes, sizeof bytes) != 1) return host_api::permanent_error("no random bytes for the API token");
    static const char* const hex = "0123456789abcdef";
    std::string token;
    for (const unsigned char byte : bytes) {
        token.push_back(hex[byte >> 4]);
        token.push_back(hex[byte & 15]);
    }
    return token;
}

bool same_secret(const std::string& given, const std::string& expected) {
    return given.size() == expected.size() && CRYPTO_memcmp(given.data(), expected.data(), given.size()) == 0;
}

std::string endpoint_json(const std::string& url, const std::string& token) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    out.Key("url");
    out.String(url);
    out.Key("token");
    out.String(token);
    out.EndObject();
    return buffer.GetString();
}

// The rights as the help article names them (R7).
std::string right_title(const std::string& right) {
    if (right == host_api::k_right_add_without_write_off) return "Can add products without write-off";
    if (right == "manage_settings") return "Can manage settings";
    return right;
}

}  // namespace

std::filesystem::path api_file(const std::filesystem::path& data_dir) { return data_dir / "run" / "api.json"; }

host_api::Result<ApiEndpoint> read_api_endpoint(const std::filesystem::path& data_dir) {
    std::ifstream in(api_file(data_dir));
    if (!in) return host_api::permanent_error("no host is running on " + data_dir.string() + " (start it with serve)");
    std::ostringstream text;
    text << in.rdbuf();
    rapidjson::Document json;
    json.Parse(text.str().c_str());
    if (json.HasParseError() || !json.IsObject() || !json.HasMember("url") || !json["url"].IsString() ||
        !json.HasMember("token") || !json["token"].IsString())
        return host_api::permanent_error(api_file(data_dir).string() + " is not readable; restart the host");
    return ApiEndpoint{json["url"].GetString(), json["token"].GetString()};
}

host_api::Result<ApiAccess> ApiAccess::publish(const std::filesystem::path& data_dir, const std::string& url) {
    auto token = random_token();
    if (!token) return token.error();
    const auto file = api_file(data_dir);
    std::error_code error;
    std::filesystem::create_directories(file.parent_path(), error);
    const auto temporary = file.string() + ".new";
    {
        std::ofstream out(temporary, std::ios::trunc);
        if (!out) return host_api::permanent_error("cannot write " + temporary);
        std::filesystem::permissions(temporary,
                                     std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::replace, error);
        out << endpoint_json(url, *token) << "\n";
    }
    std::filesystem::rename(temporary, file, error);  // readers never see half a file
    if (error) return host_api::permanent_error("cannot write " + file.string() + ": " + error.message());
    return ApiAccess(file, *token);
}

void ApiAccess::withdraw() const {
    std::error_code ignored;
    std::filesystem::remove(file_, ignored);
}

Caller ApiAccess::caller(const host_api::HttpRequest& request, store::SqliteEmployees& employees,
                         const std::string& right) const {
    const auto authorization = request.header("Authorization").value_or("");
    const std::string prefix = "Bearer ";
    if (authorization.rfind(prefix, 0) != 0 || !same_secret(authorization.substr(prefix.size()), token_))
        return Caller{std::nullopt, error_reply(401, "the API token is missing or wrong")};
    const auto login = request.header("X-Employee").value_or("");
    auto employee = employees.find_by_login(login);
    if (!employee) return Caller{std::nullopt, error_reply(500, employee.error().message)};
    if (!*employee) return Caller{std::nullopt, error_reply(403, "no employee with the login '" + login + "'")};
    auto allowed = employees.has_right((*employee)->id, right);
    if (!allowed) return Caller{std::nullopt, error_reply(500, allowed.error().message)};
    if (!*allowed)
        return Caller{std::nullopt,
                      error_reply(403, (*employee)->name + " does not have the right \"" + right_title(right) + "\"")};
    return Caller{*employee, std::nullopt};
}

}  // namespace host::web_api
