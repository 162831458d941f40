// employees list | password: who can sign in to the host's pages, and with which rights (R7).
#include <catch2/catch.hpp>

#include "host/store/host_store.hpp"
#include "host/web_api/password_hash.hpp"
#include "tests/unit/host/cli/cli_runner.hpp"

using namespace test_support;

namespace {

// The password arrives on standard input, as from a person typing it or a script's pipe.
CommandResult set_password(const TempDir& data, const std::string& login, const std::string& password) {
    std::string command;
    for (const auto& word : host_command(data, {"employees", "password", login})) command += "'" + word + "' ";
    return run_command({"/bin/sh", "-c", "printf '%s\\n' '" + password + "' | " + command});
}

}  // namespace

TEST_CASE("R7 employees list shows the rights and that nobody can sign in before a password is set") {
    TempDir data;
    const auto listed = run_host(data, {"employees", "list"});
    INFO(listed.err);
    REQUIRE(listed.exit_code == 0);
    CHECK(listed.out.find(R"({"login":"owner","name":"Owner","rights":["add_products_without_write_off","manage_settings"],"can_sign_in":false})") !=
          std::string::npos);
    CHECK(listed.out.find(R"({"login":"cashier","name":"Cashier","rights":[],"can_sign_in":false})") !=
          std::string::npos);
}

TEST_CASE("R7 employees password stores only a hash of the password read from standard input") {
    TempDir data;
    const auto set = set_password(data, "manager", "мед-пароль-7");
    INFO(set.err);
    REQUIRE(set.exit_code == 0);
    CHECK(set.out.find("мед-пароль-7") == std::string::npos);
    CHECK(run_host(data, {"employees", "list"}).out.find(R"("login":"manager","name":"Manager","rights":["add_products_without_write_off"],"can_sign_in":true)") !=
          std::string::npos);
    host::store::HostStore store(data / "data");
    const auto manager = store.employees().find_by_login("manager");
    REQUIRE(manager);
    REQUIRE(*manager);
    const auto hash = store.employees().password_hash((*manager)->id);
    REQUIRE(hash);
    CHECK(hash->find("мед-пароль-7") == std::string::npos);
    CHECK(host::web_api::password_matches("мед-пароль-7", *hash));
}

TEST_CASE("R7 employees password refuses a short password and an unknown login") {
    TempDir data;
    const auto short_one = set_password(data, "owner", "abc");
    CHECK(short_one.exit_code == 1);
    CHECK(short_one.err.find("at least 4 characters") != std::string::npos);
    const auto unknown = set_password(data, "ghost", "long-enough");
    CHECK(unknown.exit_code == 1);
    CHECK(unknown.err.find("no employee with the login 'ghost'") != std::string::npos);
}
