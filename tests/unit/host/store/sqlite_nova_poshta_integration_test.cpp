#include <catch2/catch.hpp>

#include "tests/unit/host/store/store_fixture.hpp"

using store_test::require_ok;
using store_test::value_of;

namespace {

host_api::NovaPoshtaSettings enabled_settings() {
    host_api::NovaPoshtaSettings settings;
    settings.enabled = true;
    settings.api_key = "np-secret-key";
    settings.sender_name = "ФОП Шевченко";
    settings.sender_phone = "+380501112233";
    settings.sender_city = "Львів";
    settings.sender_branch = "Відділення №5";
    settings.tracking_interval_seconds = 60;
    settings.status_rules = {{"9", "Completed"}, {"102", "Cancelled"}, {"5", "Shipped"}};
    return settings;
}

}  // namespace

TEST_CASE("R13 saved Nova Poshta settings read back with their rules in order", "[nova_poshta]") {
    store_test::StoreFixture f;
    require_ok(f.store.nova_poshta().save(enabled_settings()));
    const auto settings = value_of(f.store.nova_poshta().nova_poshta_settings());
    CHECK(settings.enabled);
    CHECK(settings.api_key == "np-secret-key");
    CHECK(settings.sender_name == "ФОП Шевченко");
    CHECK(settings.sender_phone == "+380501112233");
    CHECK(settings.sender_city == "Львів");
    CHECK(settings.sender_branch == "Відділення №5");
    CHECK(settings.tracking_interval_seconds == 60);
    REQUIRE(settings.status_rules.size() == 3);
    CHECK(settings.status_rules[0].status_code == "9");
    CHECK(settings.status_rules[0].order_status == "Completed");
    CHECK(settings.status_rules[1].status_code == "102");
    CHECK(settings.status_rules[2].order_status == "Shipped");
}

TEST_CASE("R14 saving replaces the rules, so fewer rules leave none of the old behind", "[nova_poshta]") {
    store_test::StoreFixture f;
    require_ok(f.store.nova_poshta().save(enabled_settings()));
    auto disabled = enabled_settings();
    disabled.enabled = false;
    disabled.status_rules = {{"10", "Completed"}};
    require_ok(f.store.nova_poshta().save(disabled));
    const auto settings = value_of(f.store.nova_poshta().nova_poshta_settings());
    CHECK_FALSE(settings.enabled);
    REQUIRE(settings.status_rules.size() == 1);
    CHECK(settings.status_rules[0].status_code == "10");
}

TEST_CASE("a tracking interval that is not positive is refused and nothing changes", "[nova_poshta]") {
    store_test::StoreFixture f;
    auto settings = enabled_settings();
    settings.tracking_interval_seconds = 0;
    CHECK_FALSE(f.store.nova_poshta().save(settings).ok());
    CHECK_FALSE(value_of(f.store.nova_poshta().nova_poshta_settings()).enabled);
}
