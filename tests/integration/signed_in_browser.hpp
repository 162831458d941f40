#pragma once
// A browser's way into the host's pages and API, over real HTTP: an employee signed in
// with a password, holding the session cookie and the CSRF token the pages send.
#include <string>

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "host/web_api/password_hash.hpp"
#include "tests/integration/import_harness.hpp"

namespace test_support {

struct Browser {
    ImportHarness& harness;
    std::string cookie;
    std::string csrf;

    host_api::OutboundResponse get(const std::string& path) {
        return harness.host_request("GET", path, {{"Cookie", cookie}});
    }
    host_api::OutboundResponse post(const std::string& path, const std::string& body) {
        return harness.host_request("POST", path,
                                    {{"Cookie", cookie}, {"X-CSRF-Token", csrf}, {"Content-Type", "application/json"}},
                                    body);
    }
};

inline void give_password(ImportHarness& harness, const std::string& login, const std::string& password) {
    auto& employees = harness.host().store().employees();
    const auto employee = employees.find_by_login(login);
    REQUIRE(employee);
    REQUIRE(*employee);
    const auto hash = host::web_api::hash_password(password);
    REQUIRE(hash);
    REQUIRE(employees.set_password_hash((*employee)->id, *hash));
}

inline Browser sign_in(ImportHarness& harness, const std::string& login) {
    give_password(harness, login, "pass-" + login);
    const auto answer = harness.host_request("POST", "/api/session", {{"Content-Type", "application/json"}},
                                             R"({"login":")" + login + R"(","password":"pass-)" + login + R"("})");
    REQUIRE(answer.status == 200);
    const auto set_cookie = answer.header("Set-Cookie").value_or("");
    REQUIRE(set_cookie.find("exchange_session=") == 0);
    rapidjson::Document body;
    body.Parse(answer.body.c_str());
    return Browser{harness, set_cookie.substr(0, set_cookie.find(';')), body["csrf"].GetString()};
}

}  // namespace test_support
