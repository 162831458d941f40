// The delivery applied last to an order, as the plugin's state keeps it (R15, R16).
#include <catch2/catch.hpp>

#include "plugin/sync/delivery_memory.hpp"
#include "tests/unit/shipping_adapters/delivery_samples.hpp"

using shopify::sync::AppliedDelivery;
using shopify::sync::delivery_from_json;
using shopify::sync::delivery_to_json;

namespace {

// Every field filled: the Nova Poshta sample with a carrier id and its tracking.
host_api::Delivery full_delivery() {
    auto d = adapter_test::nova_poshta("20451234567890");
    d.carrier_identifier = "np";
    d.tracking_numbers = {"20451234567890", "RR123456785UA"};
    d.tracking_companies = {"Nova Poshta", ""};
    return d;
}

}  // namespace

TEST_CASE("R16 a remembered delivery reads back equal, every field filled") {
    const AppliedDelivery applied{"nova-poshta", full_delivery()};
    const auto read = delivery_from_json(delivery_to_json(applied));
    REQUIRE(read);
    CHECK(read->adapter_id == "nova-poshta");
    CHECK(read->delivery == applied.delivery);
}

TEST_CASE("R16 a delivery with few fields is kept without its empty ones and reads back equal") {
    host_api::Delivery sparse;
    sparse.carrier = "Укрпошта";
    sparse.cost = {0, "UAH"};
    sparse.recipient.city = "Львів";
    const auto json = delivery_to_json({"generic", sparse});
    CHECK(json.find("np_ttn") == std::string::npos);
    CHECK(json.find("tracking_numbers") == std::string::npos);
    const auto read = delivery_from_json(json);
    REQUIRE(read);
    CHECK(read->delivery == sparse);
}

TEST_CASE("R16 a delivery remembered with its empty fields written out still reads back equal") {
    // As the state kept it before empty fields were left out.
    const auto read = delivery_from_json(
        R"({"adapter":"generic","carrier":"Укрпошта","method_code":"","source":"","carrier_identifier":"",)"
        R"("currency":"UAH","name":"","phone":"","address":"","city":"Львів","zip":"","country":"",)"
        R"("country_code":"","np_city":"","np_branch":"","np_ttn":"","cost":7000,"tracking_numbers":[],)"
        R"("tracking_companies":[]})");
    REQUIRE(read);
    host_api::Delivery expected;
    expected.carrier = "Укрпошта";
    expected.cost = {7000, "UAH"};
    expected.recipient.city = "Львів";
    CHECK(read->delivery == expected);
}
