#include <catch2/catch.hpp>

#include "tests/unit/host/store/store_fixture.hpp"

using store_test::value_of;

TEST_CASE("HostStore::open gives a working store whose services share one database", "[host_store]") {
    test_support::TempDir dir;
    auto store = value_of(host::store::HostStore::open(dir / "data"));
    REQUIRE(store);
    const auto contact = value_of(store->contacts().create_contact({0, "Olena", "", "", "", ""}));
    host_api::NewOrder order;
    order.order_type_id = value_of(store->orders().order_types()).front().id;
    order.client_id = contact;
    const auto id = value_of(store->orders().create_order(order));
    CHECK(value_of(store->orders().find_order(id))->client_id == std::optional<host_api::ContactId>(contact));
    CHECK(store->database().file() == dir / "data" / "host.db");
}

TEST_CASE("HostStore hands out the host services through their host_api interfaces", "[host_store]") {
    store_test::StoreFixture f;
    host_api::OrderBook& orders = f.store.orders();
    host_api::Catalog& catalog = f.store.catalog();
    host_api::Contacts& contacts = f.store.contacts();
    host_api::EventFeed& feed = f.store.feed();
    host_api::Waybills& waybills = f.store.waybills();
    host_api::NovaPoshtaIntegration& nova_poshta = f.store.nova_poshta();
    host_api::Employees& employees = f.store.employees();
    host_api::ImportLog& imports = f.store.imports();
    host_api::Transactions& transactions = f.store.transactions();
    std::unique_ptr<host_api::PluginState> state = f.store.plugin_state("shopify");

    CHECK(value_of(orders.order_types()).size() == 1);
    CHECK_FALSE(value_of(catalog.find_category("none")).has_value());
    CHECK_FALSE(value_of(contacts.contact(1)).has_value());
    CHECK(value_of(feed.comments(1)).empty());
    CHECK(value_of(waybills.open_waybills("Nova Poshta")).empty());
    CHECK_FALSE(value_of(nova_poshta.nova_poshta_settings()).enabled);
    CHECK_FALSE(value_of(employees.employee(999)).has_value());
    CHECK(value_of(imports.import_records("")).empty());
    CHECK(value_of(transactions.begin()) != nullptr);
    CHECK_FALSE(value_of(state->get("k")).has_value());
}
