// Sessions of the host's pages: unguessable ids, a CSRF token each, an idle limit.
#include <thread>

#include <catch2/catch.hpp>

#include "host/web_api/session_book.hpp"

using host::web_api::SessionBook;

TEST_CASE("a session is found by its id until it is closed", "[session_book]") {
    SessionBook book;
    const auto session = book.open(7);
    REQUIRE(session);
    CHECK(session->id.size() == 64);
    CHECK(session->csrf.size() == 64);
    CHECK(session->id != session->csrf);
    const auto found = book.find(session->id);
    REQUIRE(found);
    CHECK(found->employee == 7);
    CHECK(found->csrf == session->csrf);
    CHECK_FALSE(book.find("not-" + session->id));
    book.close(session->id);
    CHECK_FALSE(book.find(session->id));
}

TEST_CASE("two sign-ins get two sessions", "[session_book]") {
    SessionBook book;
    const auto a = book.open(1);
    const auto b = book.open(1);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->id != b->id);
    CHECK(a->csrf != b->csrf);
}

TEST_CASE("a session left idle past the limit is gone", "[session_book]") {
    SessionBook book(std::chrono::seconds(1));
    const auto session = book.open(1);
    REQUIRE(session);
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    CHECK_FALSE(book.find(session->id));
}
