// Employees' sign-in passwords (R7 sign-in): only a salted hash is kept.
#include <catch2/catch.hpp>

#include "host/web_api/password_hash.hpp"

using host::web_api::hash_password;
using host::web_api::password_matches;

TEST_CASE("a password matches its own hash and nothing else", "[password_hash]") {
    const auto hash = hash_password("мед-2026");
    REQUIRE(hash);
    CHECK(hash->rfind("pbkdf2-sha256$", 0) == 0);
    CHECK(hash->find("мед-2026") == std::string::npos);
    CHECK(password_matches("мед-2026", *hash));
    CHECK_FALSE(password_matches("мед-2025", *hash));
    CHECK_FALSE(password_matches("", *hash));
}

TEST_CASE("the same password hashes differently each time (salted)", "[password_hash]") {
    const auto a = hash_password("demo");
    const auto b = hash_password("demo");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a != *b);
    CHECK(password_matches("demo", *b));
}

TEST_CASE("no password matches an empty or unreadable hash", "[password_hash]") {
    CHECK_FALSE(password_matches("", ""));
    CHECK_FALSE(password_matches("demo", ""));
    CHECK_FALSE(password_matches("demo", "md5$abc"));
    CHECK_FALSE(password_matches("demo", "pbkdf2-sha256$many$aa$bb"));
    CHECK_FALSE(password_matches("demo", "pbkdf2-sha256$0$aa$bb"));
}
