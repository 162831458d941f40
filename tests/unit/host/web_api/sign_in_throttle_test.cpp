// Password guessing is slowed down: 5 wrong passwords lock a login for the rest of 15 minutes.
#include <catch2/catch.hpp>

#include "host/web_api/sign_in_throttle.hpp"

using host::web_api::SignInThrottle;

TEST_CASE("R7 five wrong passwords lock the login until 15 minutes after the first", "[sign_in_throttle]") {
    SignInThrottle throttle;
    const auto start = SignInThrottle::Clock::now();
    for (int i = 0; i < 4; ++i) throttle.failed("owner", start);
    CHECK(throttle.wait_seconds("owner", start) == 0);
    throttle.failed("owner", start);
    CHECK(throttle.wait_seconds("owner", start) == 15 * 60);
    CHECK(throttle.wait_seconds("manager", start) == 0);
    CHECK(throttle.wait_seconds("owner", start + std::chrono::minutes(10)) == 5 * 60);
    CHECK(throttle.wait_seconds("owner", start + std::chrono::minutes(15)) == 0);
}

TEST_CASE("R7 a right password clears the wrong ones before it", "[sign_in_throttle]") {
    SignInThrottle throttle;
    const auto start = SignInThrottle::Clock::now();
    for (int i = 0; i < 4; ++i) throttle.failed("owner", start);
    throttle.succeeded("owner");
    throttle.failed("owner", start);
    CHECK(throttle.wait_seconds("owner", start) == 0);
}
