// Who may call the JSON API (R7): a session cookie plus its CSRF token on POSTs, or the
// API token for local tools; rights checked for every call.
#include <catch2/catch.hpp>

#include "host/store/host_store.hpp"
#include "host/web_api/api_access.hpp"
#include "tests/support/temp_dir.hpp"

using host::web_api::ApiAccess;

namespace {

struct AccessFixture {
    test_support::TempDir dir;
    host::store::HostStore store{dir.path()};
    ApiAccess access = std::move(ApiAccess::publish(dir.path(), "http://127.0.0.1:1").value());

    host_api::EmployeeId id_of(const std::string& login) {
        auto employee = store.employees().find_by_login(login);
        REQUIRE(employee);
        REQUIRE(*employee);
        return (*employee)->id;
    }

    host_api::HttpRequest with_session(const std::string& login, const std::string& method, bool send_csrf) {
        auto session = access.sessions().open(id_of(login));
        REQUIRE(session);
        host_api::HttpRequest request;
        request.method = method;
        request.headers = {{"Cookie", "theme=dark; exchange_session=" + session->id}};
        if (send_csrf) request.headers.emplace_back("X-CSRF-Token", session->csrf);
        return request;
    }
};

std::string code_of(const host::web_api::Caller& caller) {
    REQUIRE(caller.refusal);
    const auto at = caller.refusal->body.find("\"code\":\"");
    REQUIRE(at != std::string::npos);
    const auto start = at + 8;
    return caller.refusal->body.substr(start, caller.refusal->body.find('"', start) - start);
}

}  // namespace

TEST_CASE("R7 a signed-in employee is the caller of a GET without a CSRF token", "[api_access]") {
    AccessFixture f;
    const auto caller = f.access.caller(f.with_session("manager", "GET", false), f.store.employees(), "");
    REQUIRE(caller.employee);
    CHECK(caller.employee->login == "manager");
}

TEST_CASE("R7 a POST with the session cookie but without its CSRF token is refused", "[api_access]") {
    AccessFixture f;
    const auto refused = f.access.caller(f.with_session("owner", "POST", false), f.store.employees(), "");
    CHECK(refused.refusal->status == 403);
    CHECK(code_of(refused) == "csrf");
    const auto allowed = f.access.caller(f.with_session("owner", "POST", true), f.store.employees(), "");
    CHECK(allowed.employee);
}

TEST_CASE("R7 no cookie, an unknown session, or a wrong token is signed out", "[api_access]") {
    AccessFixture f;
    host_api::HttpRequest request;
    request.method = "GET";
    CHECK(f.access.caller(request, f.store.employees(), "").refusal->status == 401);
    request.headers = {{"Cookie", "exchange_session=forged"}};
    CHECK(code_of(f.access.caller(request, f.store.employees(), "")) == "signed_out");
    request.headers = {{"Authorization", "Bearer wrong"}, {"X-Employee", "owner"}};
    CHECK(f.access.caller(request, f.store.employees(), "").refusal->status == 401);
}

TEST_CASE("R7 an employee without the right is refused and told which right", "[api_access]") {
    AccessFixture f;
    const auto refused = f.access.caller(f.with_session("cashier", "GET", false), f.store.employees(),
                                         host_api::k_right_add_without_write_off);
    CHECK(refused.refusal->status == 403);
    CHECK(code_of(refused) == "missing_right");
    CHECK(refused.refusal->body.find("Can add products without write-off") != std::string::npos);
    CHECK(refused.refusal->body.find("\"right\":\"add_products_without_write_off\"") != std::string::npos);
    const auto manager =
        f.access.caller(f.with_session("manager", "GET", false), f.store.employees(), "manage_settings");
    CHECK(code_of(manager) == "missing_right");
}

TEST_CASE("a local tool with the API token acts as the employee it names", "[api_access]") {
    AccessFixture f;
    const auto endpoint = host::web_api::read_api_endpoint(f.dir.path());
    REQUIRE(endpoint);
    host_api::HttpRequest request;
    request.method = "POST";
    request.headers = {{"Authorization", "Bearer " + endpoint->token}, {"X-Employee", "owner"}};
    const auto caller = f.access.caller(request, f.store.employees(), "manage_settings");
    REQUIRE(caller.employee);
    CHECK(caller.employee->login == "owner");
}
