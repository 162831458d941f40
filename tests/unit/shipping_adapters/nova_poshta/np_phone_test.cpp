#include <catch2/catch.hpp>

#include "shipping_adapters/nova_poshta/np_phone.hpp"

using adapters::nova_poshta::np_phone;

TEST_CASE("R13 phones go to Nova Poshta as 380XXXXXXXXX from E.164 and local forms") {
    CHECK(np_phone("+380671234567") == "380671234567");
    CHECK(np_phone("380671234567") == "380671234567");
    CHECK(np_phone("067 123 45 67") == "380671234567");
    CHECK(np_phone("8 067 123-45-67") == "380671234567");
    CHECK(np_phone("(67) 123-45-67") == "380671234567");
}

TEST_CASE("R13 a phone that is no Ukrainian number is left out") {
    CHECK(np_phone("").empty());
    CHECK(np_phone("555-625-1199").empty());
    CHECK(np_phone("+1 613 555 0100").empty());
    CHECK(np_phone("555-555-SHIP").empty());
}
