#include "host/web_api/api_access.hpp"

#include <fstream>
#include <sstream>
#include <system_error>

#include <rapidjson/document.h>

#include "host/web_api/json_reply.hpp"
#include "host/web_api/random_token.hpp"

namespace host::web_api {
namespace {

std::string endpoint_json(const std::string& url, const std::string& token) {
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("url");
    out.String(url);
    out.Key("token");
    out.String(token);
    out.EndObject();
    return buffer.GetString();
}

// The value of one cookie of the Cookie header ("a=1; exchange_session=…").
std::optional<std::string> cookie(const host_api::HttpRequest& request, const std::string& name) {
    const auto header = request.header("Cookie");
    if (!header) return std::nullopt;
    std::istringstream pairs(*header);
    for (std::string pair; std::getline(pairs, pair, ';');) {
        const auto start = pair.find_first_not_of(' ');
        if (start == std::string::npos) continue;
        const auto equals = pair.find('=', start);
        if (equals != std::string::npos && pair.compare(start, equals - start, name) == 0)
            return pair.substr(equals + 1);
    }
    return std::nullopt;
}

bool changes_something(const host_api::HttpRequest& request) {
    return request.method != "GET" && request.method != "HEAD";
}

host_api::HttpResponse signed_out(const std::string& message) { return error_reply(401, "signed_out", message); }

}  // namespace

std::string right_title(const std::string& right) {
    if (right == host_api::k_right_add_without_write_off) return "Can add products without write-off";
    if (right == "manage_settings") return "Can manage settings";
    return right;
}

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
    auto token = random_hex();
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

std::optional<Session> ApiAccess::session_of(const host_api::HttpRequest& request) const {
    const auto id = cookie(request, k_session_cookie);
    if (!id || id->empty()) return std::nullopt;
    return sessions_->find(*id);
}

std::optional<host_api::EmployeeId> ApiAccess::token_caller(const host_api::HttpRequest& request,
                                                            store::SqliteEmployees& employees,
                                                            Caller& refused) const {
    const auto authorization = request.header("Authorization").value_or("");
    const std::string prefix = "Bearer ";
    if (authorization.rfind(prefix, 0) != 0 || !same_secret(authorization.substr(prefix.size()), token_)) {
        refused.refusal = signed_out("the API token is missing or wrong");
        return std::nullopt;
    }
    const auto login = request.header("X-Employee").value_or("");
    auto employee = employees.find_by_login(login);
    if (!employee) {
        refused.refusal = error_reply(500, employee.error().message);
        return std::nullopt;
    }
    if (!*employee) {
        refused.refusal = error_reply(403, "unknown_employee", "no employee with the login '" + login + "'");
        return std::nullopt;
    }
    return (*employee)->id;
}

std::optional<host_api::EmployeeId> ApiAccess::session_caller(const host_api::HttpRequest& request,
                                                              Caller& refused) const {
    const auto session = session_of(request);
    if (!session) {
        refused.refusal = signed_out("sign in first");
        return std::nullopt;
    }
    if (changes_something(request) && !same_secret(request.header("X-CSRF-Token").value_or(""), session->csrf)) {
        refused.refusal = error_reply(403, "csrf", "the request did not come from the host's own page; reload it");
        return std::nullopt;
    }
    return session->employee;
}

Caller ApiAccess::caller(const host_api::HttpRequest& request, store::SqliteEmployees& employees,
                         const std::string& right) const {
    Caller result;
    const auto id = request.header("Authorization") ? token_caller(request, employees, result)
                                                    : session_caller(request, result);
    if (!id) return result;
    auto employee = employees.employee(*id);
    if (!employee) return Caller{std::nullopt, error_reply(500, employee.error().message)};
    if (!*employee) return Caller{std::nullopt, signed_out("the employee of this session is gone")};
    if (!right.empty()) {
        auto allowed = employees.has_right((*employee)->id, right);
        if (!allowed) return Caller{std::nullopt, error_reply(500, allowed.error().message)};
        if (!*allowed)
            return Caller{std::nullopt,
                          error_reply(403, "missing_right",
                                      (*employee)->name + " does not have the right \"" + right_title(right) + "\"",
                                      [&](JsonWriter& out) {
                                          out.Key("right");
                                          out.String(right);
                                      })};
    }
    return Caller{*employee, std::nullopt};
}

}  // namespace host::web_api
