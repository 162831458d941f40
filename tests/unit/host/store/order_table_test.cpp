// The orders table of the pages (R4, R5): filter, search, paging, the Store column.
#include <set>

#include <catch2/catch.hpp>

#include "host/store/order_entry.hpp"
#include "host/store/order_listing.hpp"
#include "tests/unit/host/store/store_fixture.hpp"

using host::store::OrderSource;
using host::store::OrderTableQuery;
using store_test::value_of;

namespace {

std::vector<std::string> numbers(const host::store::OrderTablePage& page) {
    std::vector<std::string> out;
    for (const auto& row : page.rows) out.push_back(row.number);
    return out;
}

host_api::OrderId typed_in(store_test::StoreFixture& f, const std::string& client, const std::string& phone) {
    return value_of(host::store::enter_order(f.store, {client, phone, {{"Мед липовий 1 л", 2, 32000}}}));
}

}  // namespace

TEST_CASE("R4 R5 the orders table filters by source and shows each integration order's store", "[order_table]") {
    store_test::StoreFixture f;
    f.create_shop_order("1001");
    typed_in(f, "Тарас Мельник", "093 777 88 99");
    auto& listing = f.store.order_listing();

    const auto all = value_of(listing.table({OrderSource::all, "", 1, 25}));
    const auto host = value_of(listing.table({OrderSource::host, "", 1, 25}));
    const auto shops = value_of(listing.table({OrderSource::integrations, "", 1, 25}));
    CHECK(all.total == 2);
    REQUIRE(host.rows.size() == 1);
    CHECK_FALSE(host.rows[0].origin);
    CHECK(host.rows[0].client_name == "Тарас Мельник");
    CHECK(host.rows[0].total == host_api::Money{64000, "UAH"});
    CHECK(host.rows[0].status == "New");
    REQUIRE(shops.rows.size() == 1);
    REQUIRE(shops.rows[0].origin);
    CHECK(shops.rows[0].origin->store == "Kyiv Shop");
    CHECK(shops.rows[0].origin->external_url == "https://kyiv.myshopify.com/admin/orders/1001");
    CHECK(value_of(listing.stores()) == std::vector<std::string>{"Kyiv Shop"});
}

TEST_CASE("R4 the orders table searches by number, client name and phone however it is written", "[order_table]") {
    store_test::StoreFixture f;
    f.create_shop_order("1001");
    typed_in(f, "Тарас Мельник", "093 777 88 99");
    typed_in(f, "Ірина Бондар", "+380 50 111 22 33");
    auto& listing = f.store.order_listing();

    CHECK(numbers(value_of(listing.table({OrderSource::all, "#1001", 1, 25}))) == std::vector<std::string>{"#1001"});
    CHECK(value_of(listing.table({OrderSource::all, "Мельник", 1, 25})).rows.at(0).client_phone == "+380937778899");
    CHECK(value_of(listing.table({OrderSource::all, "050-111-22", 1, 25})).rows.at(0).client_name == "Ірина Бондар");
    CHECK(value_of(listing.table({OrderSource::all, "nobody", 1, 25})).total == 0);
}

TEST_CASE("R4 searching for SQL's own characters finds the names that hold them, not every name",
          "[order_table]") {
    store_test::StoreFixture f;
    for (const char* client : {"Ірина О'Брайєн", "Тарас \"Медок\" Коваль", "Олег;Сидоренко", "Анна -- Мельник",
                               "Знижка 50% Петро", "Знижка 500 Павло", "Марта під_рядок", "Марта підXрядок",
                               "Шлях C:\\мед"})
        typed_in(f, client, "");
    auto& listing = f.store.order_listing();
    const auto clients = [&](const std::string& search) {
        std::set<std::string> out;
        for (const auto& row : value_of(listing.table({OrderSource::all, search, 1, 25})).rows)
            out.insert(row.client_name);
        return out;
    };
    using Names = std::set<std::string>;
    CHECK(clients("'") == Names{"Ірина О'Брайєн"});
    CHECK(clients("\"") == Names{"Тарас \"Медок\" Коваль"});
    CHECK(clients(";") == Names{"Олег;Сидоренко"});
    CHECK(clients("--") == Names{"Анна -- Мельник"});
    CHECK(clients("50%") == Names{"Знижка 50% Петро"});
    CHECK(clients("%") == Names{"Знижка 50% Петро"});
    CHECK(clients("під_") == Names{"Марта під_рядок"});
    CHECK(clients("_") == Names{"Марта під_рядок"});
    CHECK(clients("C:\\") == Names{"Шлях C:\\мед"});
    CHECK(clients("'; DROP TABLE orders; --").empty());
    CHECK(clients("' OR '1'='1").empty());
    CHECK(value_of(listing.table({OrderSource::all, "", 1, 25})).total == 9);
}

TEST_CASE("R4 the orders table pages newest first and counts every match", "[order_table]") {
    store_test::StoreFixture f;
    for (int i = 0; i < 7; ++i) typed_in(f, "Клієнт " + std::to_string(i), "");
    auto& listing = f.store.order_listing();

    const auto first = value_of(listing.table({OrderSource::all, "", 1, 3}));
    const auto last = value_of(listing.table({OrderSource::all, "", 3, 3}));
    CHECK(first.total == 7);
    CHECK(first.rows.size() == 3);
    CHECK(first.rows[0].id > first.rows[1].id);
    CHECK(last.rows.size() == 1);
    CHECK(last.rows[0].client_name == "Клієнт 0");
}

TEST_CASE("R26 an order typed in reuses the contact with the same phone", "[order_entry]") {
    store_test::StoreFixture f;
    const auto first = typed_in(f, "Тарас Мельник", "093 777 88 99");
    const auto second = typed_in(f, "Тарас", "+38 (093) 777-88-99");
    const auto a = value_of(f.store.orders().find_order(first));
    const auto b = value_of(f.store.orders().find_order(second));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->client_id == b->client_id);
    CHECK(value_of(f.store.contacts().all_contacts()).size() == 1);
    CHECK(a->items.size() == 1);
    CHECK_FALSE(a->origin);
}

TEST_CASE("a connection notice may carry progress, and a later plain notice clears it", "[store_connections]") {
    store_test::StoreFixture f;
    auto& connections = f.store.connections();
    const auto id = value_of(connections.add("shopify", "{}"));
    store_test::require_ok(connections.set_notice(id, "initial_import", "imported 20 of 300 orders",
                                                  host_api::Progress{20, 300}));
    auto bars = value_of(connections.progress(id));
    REQUIRE(bars.size() == 1);
    CHECK(bars[0].first == "initial_import");
    CHECK(bars[0].second.done == 20);
    CHECK(bars[0].second.total == 300);
    store_test::require_ok(connections.set_notice(id, "initial_import", "Shopify is collecting the orders"));
    CHECK(value_of(connections.progress(id)).empty());
}

TEST_CASE("R7 an employee's password is kept as a hash, none at first", "[employees]") {
    store_test::StoreFixture f;
    auto& employees = f.store.employees();
    const auto owner = value_of(employees.find_by_login("owner"));
    REQUIRE(owner);
    CHECK(value_of(employees.password_hash(owner->id)).empty());
    store_test::require_ok(employees.set_password_hash(owner->id, "pbkdf2-sha256$1$aa$bb"));
    CHECK(value_of(employees.password_hash(owner->id)) == "pbkdf2-sha256$1$aa$bb");
}
