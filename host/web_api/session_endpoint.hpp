#pragma once
// Signing in to the host's pages: POST /api/session {"login","password"} opens a session
// (cookie + CSRF token), GET /api/session tells the page who is signed in, and
// POST /api/session/end signs out.
#include "host/store/host_store.hpp"
#include "host/web_api/api_access.hpp"
#include "host/web_api/sign_in_throttle.hpp"

namespace host::web_api {

class SessionEndpoint {
public:
    SessionEndpoint(const ApiAccess& access, store::HostStore& store) : access_(access), store_(store) {}

    host_api::HttpResponse sign_in(const host_api::HttpRequest& request) const;
    host_api::HttpResponse current(const host_api::HttpRequest& request) const;
    host_api::HttpResponse sign_out(const host_api::HttpRequest& request) const;

private:
    host_api::HttpResponse session_reply(int status, const host_api::Employee& employee, const Session& session) const;

    const ApiAccess& access_;
    store::HostStore& store_;
    mutable SignInThrottle throttle_;  // sign-in is a const call of the endpoint like the others
};

}  // namespace host::web_api
