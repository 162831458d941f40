#include "host/web_api/session_endpoint.hpp"

#include "host/web_api/json_reply.hpp"
#include "host/web_api/password_hash.hpp"
#include "host/web_api/request_reading.hpp"

namespace host::web_api {
namespace {

// HttpOnly: page scripts never see the id. SameSite=Strict: other sites' requests do not
// carry it. The host serves plain HTTP on its own network (a TLS proxy in front adds Secure).
std::string session_cookie(const std::string& value, bool ending) {
    return std::string(ApiAccess::k_session_cookie) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" +
           (ending ? "; Max-Age=0" : "");
}

host_api::HttpResponse bad_credentials() {
    return error_reply(401, "bad_credentials", "the login or the password is wrong");
}

}  // namespace

host_api::HttpResponse SessionEndpoint::session_reply(int status, const host_api::Employee& employee,
                                                      const Session& session) const {
    return json_document(status, [&](JsonWriter& out) {
        out.StartObject();
        out.Key("employee");
        out.StartObject();
        out.Key("login");
        out.String(employee.login);
        out.Key("name");
        out.String(employee.name);
        out.Key("rights");
        out.StartArray();
        for (const auto& right : employee.rights) out.String(right);
        out.EndArray();
        out.EndObject();
        out.Key("csrf");
        out.String(session.csrf);
        out.EndObject();
    });
}

host_api::HttpResponse SessionEndpoint::sign_in(const host_api::HttpRequest& request) const {
    auto body = json_object_body(request);
    if (!body) return error_reply(400, body.error().message);
    const auto login = text_member(*body, "login");
    const auto password = text_member(*body, "password");
    if (const auto wait = throttle_.wait_seconds(login); wait > 0)
        return error_reply(429, "too_many_attempts", "too many wrong passwords; try again later",
                           [&](JsonWriter& out) {
                               out.Key("retry_after_seconds");
                               out.Int64(wait);
                           });
    auto employee = store_.employees().find_by_login(login);
    if (!employee) return error_reply(500, employee.error().message);
    std::string hash;
    if (*employee) {
        auto stored = store_.employees().password_hash((*employee)->id);
        if (!stored) return error_reply(500, stored.error().message);
        hash = *stored;
    }
    // Checked even for an unknown login, so the answer's timing does not tell logins apart.
    if (!password_matches(password, hash) || !*employee) {
        throttle_.failed(login);
        return bad_credentials();
    }
    throttle_.succeeded(login);
    auto session = access_.sessions().open((*employee)->id);
    if (!session) return error_reply(500, session.error().message);
    auto reply = session_reply(200, **employee, *session);
    reply.headers.emplace_back("Set-Cookie", session_cookie(session->id, false));
    return reply;
}

host_api::HttpResponse SessionEndpoint::current(const host_api::HttpRequest& request) const {
    const auto session = access_.session_of(request);
    if (!session) return error_reply(401, "signed_out", "sign in first");
    auto employee = store_.employees().employee(session->employee);
    if (!employee) return error_reply(500, employee.error().message);
    if (!*employee) return error_reply(401, "signed_out", "sign in first");
    return session_reply(200, **employee, *session);
}

host_api::HttpResponse SessionEndpoint::sign_out(const host_api::HttpRequest& request) const {
    const auto caller = access_.caller(request, store_.employees(), "");
    if (caller.refusal) return *caller.refusal;
    if (const auto session = access_.session_of(request)) access_.sessions().close(session->id);
    host_api::HttpResponse reply{204, "application/json", {{"Set-Cookie", session_cookie("", true)}}, ""};
    return reply;
}

}  // namespace host::web_api
