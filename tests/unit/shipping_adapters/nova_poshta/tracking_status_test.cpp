#include <catch2/catch.hpp>

#include "shipping_adapters/nova_poshta/tracking_status.hpp"

using adapters::nova_poshta::is_final_status;

TEST_CASE("R13 received, deleted, not found, refused and returned statuses end the tracking") {
    for (const char* code : {"2", "3", "9", "11", "102", "103", "105", "106", "108"}) {
        INFO(code);
        CHECK(is_final_status(code));
    }
}

TEST_CASE("R13 statuses still on the way, and unknown codes, keep the tracking open") {
    for (const char* code : {"", "1", "4", "41", "5", "6", "7", "8", "10", "12", "14", "101", "104", "111", "112", "999"}) {
        INFO(code);
        CHECK_FALSE(is_final_status(code));
    }
}
