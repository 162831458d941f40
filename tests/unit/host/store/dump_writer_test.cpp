#include <catch2/catch.hpp>

#include <rapidjson/document.h>

#include <algorithm>
#include <set>

#include "host/store/dump_writer.hpp"
#include "tests/unit/host/store/store_fixture.hpp"

using store_test::require_ok;
using store_test::value_of;

namespace {

rapidjson::Document dump(host::store::HostStore& store, std::string_view kind) {
    const auto text = value_of(host::store::dump_json(store, kind));
    rapidjson::Document document;
    document.Parse(text.c_str(), text.size());
    INFO(text);
    REQUIRE_FALSE(document.HasParseError());
    REQUIRE(document.IsArray());
    return document;
}

std::set<std::string> keys_of(const rapidjson::Value& object) {
    std::set<std::string> keys;
    for (const auto& member : object.GetObject()) keys.insert(member.name.GetString());
    return keys;
}

bool has_all(const std::set<std::string>& keys, const std::set<std::string>& required) {
    return std::includes(keys.begin(), keys.end(), required.begin(), required.end());
}

std::string text(const rapidjson::Value& object, const char* key) {
    const auto& value = object[key];
    if (!value.IsString()) FAIL(key << " is not a string");
    return {value.GetString(), value.GetStringLength()};
}

// One order from a store with a client and two items, one host order without client.
struct DumpFixture : store_test::StoreFixture {
    host_api::OrderId shop_id = 0, own_id = 0;
    host_api::ContactId client = 0;
    host_api::ProductId product = 0;

    DumpFixture() {
        client = value_of(store.contacts().create_contact(
            {0, "Олена", "Коваль", "+380671234567", "olena@example.com", "вул. Хрещатик, 1"}));
        const auto category = value_of(store.catalog().create_category("Посуд"));
        host_api::Product cup{0, "Чашка", "CUP-1", "8072389/4420001", "Біла", "piece", category};
        product = value_of(store.catalog().create_product(cup));
        host_api::Product loose{0, "Lid", "", "", "", "piece", std::nullopt};
        value_of(store.catalog().create_product(loose));

        auto order = shop_order_with_client();
        shop_id = value_of(store.orders().create_order(order));
        auto item = item_of(shop_id, 2);
        item.product_id = product;
        value_of(store.orders().add_item(item));
        auto written_off = item_of(shop_id, 1);
        written_off.name = "Gift wrap";
        written_off.price = {-350, "UAH"};
        require_ok(store.orders().write_off_item(value_of(store.orders().add_item(written_off))));

        host_api::NewOrder own;
        own.order_type_id = online_order_type();
        own.total = {500, "UAH"};
        own.created_at = host_api::Timestamp{std::chrono::seconds{1700000200}};
        own_id = value_of(store.orders().create_order(own));
    }

    host_api::NewOrder shop_order_with_client() {
        auto order = shop_order("5312000000001");
        order.client_id = client;
        order.total = {123450, "UAH"};
        return order;
    }
};

}  // namespace

TEST_CASE("dump orders: names, origin, client, decimal total and items", "[dump]") {
    DumpFixture f;
    const auto orders = dump(f.store, "orders");
    REQUIRE(orders.Size() == 2);
    const auto& shop = orders[0];
    CHECK(has_all(keys_of(shop), std::set<std::string>{"id", "number", "order_type", "status", "store", "external_id",
                                                       "external_url", "created_external", "last_synced", "client_id",
                                                       "client_name", "total", "currency", "items"}));
    CHECK(shop["id"].GetInt64() == f.shop_id);
    CHECK(text(shop, "number") == "#5312000000001");
    CHECK(text(shop, "order_type") == "Online order");
    CHECK(text(shop, "status") == "New");
    CHECK(text(shop, "store") == "Kyiv Shop");
    CHECK(text(shop, "external_id") == "5312000000001");
    CHECK(text(shop, "external_url") == "https://kyiv.myshopify.com/admin/orders/5312000000001");
    CHECK(text(shop, "created_external") == "2023-11-14T22:13:20Z");
    CHECK(text(shop, "last_synced") == "2023-11-14T22:23:20Z");
    CHECK(shop["client_id"].GetInt64() == f.client);
    CHECK(text(shop, "client_name") == "Олена Коваль");
    CHECK(text(shop, "total") == "1234.50");
    CHECK(text(shop, "currency") == "UAH");

    const auto& items = shop["items"];
    REQUIRE(items.IsArray());
    REQUIRE(items.Size() == 2);
    CHECK(has_all(keys_of(items[0]),
                  std::set<std::string>{"product_id", "name", "article", "code", "quantity", "price", "written_off"}));
    CHECK(items[0]["product_id"].GetInt64() == f.product);
    CHECK(text(items[0], "name") == "Чашка керамічна");
    CHECK(text(items[0], "article") == "CUP-1");
    CHECK(text(items[0], "code") == "8072389/4420001");
    CHECK(items[0]["quantity"].GetInt64() == 2);
    CHECK(text(items[0], "price") == "99.75");
    CHECK(items[0]["written_off"].IsFalse());
    CHECK(items[1]["product_id"].IsNull());
    CHECK(text(items[1], "price") == "-3.50");
    CHECK(items[1]["written_off"].IsTrue());
}

TEST_CASE("R25 dump orders: a host order has null origin fields and client Not set", "[dump]") {
    DumpFixture f;
    const auto orders = dump(f.store, "orders");
    const auto& own = orders[1];
    CHECK(own["id"].GetInt64() == f.own_id);
    CHECK(text(own, "number") == "1");
    for (const char* key : {"store", "external_id", "external_url", "created_external", "last_synced", "client_id"}) {
        INFO(key);
        CHECK(own[key].IsNull());
    }
    CHECK(text(own, "client_name") == "Not set");
    CHECK(text(own, "total") == "5.00");
    CHECK(own["items"].Size() == 0);
}

TEST_CASE("dump contacts: every field, UTF-8 as is", "[dump]") {
    DumpFixture f;
    const auto contacts = dump(f.store, "contacts");
    REQUIRE(contacts.Size() == 1);
    const auto& contact = contacts[0];
    CHECK(keys_of(contact) == std::set<std::string>{"id", "first_name", "last_name", "phone", "email", "address"});
    CHECK(contact["id"].GetInt64() == f.client);
    CHECK(text(contact, "first_name") == "Олена");
    CHECK(text(contact, "last_name") == "Коваль");
    CHECK(text(contact, "phone") == "+380671234567");
    CHECK(text(contact, "email") == "olena@example.com");
    CHECK(text(contact, "address") == "вул. Хрещатик, 1");
    // Not \u-escaped: the raw text holds the UTF-8 bytes.
    CHECK_THAT(value_of(host::store::dump_json(f.store, "contacts")), Catch::Contains("Олена"));
}

TEST_CASE("dump products and categories: category by name, null when none", "[dump]") {
    DumpFixture f;
    const auto products = dump(f.store, "products");
    REQUIRE(products.Size() == 2);
    CHECK(keys_of(products[0]) ==
          std::set<std::string>{"id", "name", "article", "code", "description", "unit", "category"});
    CHECK(products[0]["id"].GetInt64() == f.product);
    CHECK(text(products[0], "name") == "Чашка");
    CHECK(text(products[0], "article") == "CUP-1");
    CHECK(text(products[0], "code") == "8072389/4420001");
    CHECK(text(products[0], "description") == "Біла");
    CHECK(text(products[0], "unit") == "piece");
    CHECK(text(products[0], "category") == "Посуд");
    CHECK(products[1]["category"].IsNull());

    const auto categories = dump(f.store, "categories");
    REQUIRE(categories.Size() == 1);
    CHECK(keys_of(categories[0]) == std::set<std::string>{"id", "name"});
    CHECK(text(categories[0], "name") == "Посуд");
}

TEST_CASE("dump waybills: every field, cost as a decimal string", "[dump]") {
    DumpFixture f;
    host_api::Waybill waybill;
    waybill.order_id = f.shop_id;
    waybill.number = "20450000000001";
    waybill.carrier = "Nova Poshta";
    waybill.status = "Створено";
    waybill.status_code = "1";
    waybill.recipient_name = "Олена Коваль";
    waybill.recipient_phone = "+380671234567";
    waybill.city = "Київ";
    waybill.branch = "Відділення №1";
    waybill.cost = {6030, "UAH"};
    waybill.tracking_open = true;
    const auto id = value_of(f.store.waybills().create_waybill(waybill));

    const auto waybills = dump(f.store, "waybills");
    REQUIRE(waybills.Size() == 1);
    const auto& w = waybills[0];
    CHECK(
        has_all(keys_of(w), std::set<std::string>{"id", "order_id", "number", "carrier", "status", "status_code",
                                                  "recipient_name", "recipient_phone", "city", "branch", "sender_name",
                                                  "cost", "currency", "tracking_open", "created_at", "updated_at"}));
    CHECK(w["id"].GetInt64() == id);
    CHECK(w["order_id"].GetInt64() == f.shop_id);
    CHECK(text(w, "number") == "20450000000001");
    CHECK(text(w, "carrier") == "Nova Poshta");
    CHECK(text(w, "status") == "Створено");
    CHECK(text(w, "status_code") == "1");
    CHECK(text(w, "recipient_name") == "Олена Коваль");
    CHECK(text(w, "recipient_phone") == "+380671234567");
    CHECK(text(w, "city") == "Київ");
    CHECK(text(w, "branch") == "Відділення №1");
    CHECK(text(w, "sender_name").empty());  // R14: no sender while the integration is disabled
    CHECK(text(w, "cost") == "60.30");
    CHECK(text(w, "currency") == "UAH");
    CHECK(w["tracking_open"].IsTrue());
    CHECK(host_api::parse_iso8601(text(w, "created_at")).has_value());
    CHECK(host_api::parse_iso8601(text(w, "updated_at")).has_value());
}

TEST_CASE("dump feed: every comment with its order, author, text and ISO time", "[dump]") {
    DumpFixture f;
    const auto id = value_of(f.store.feed().add_comment(f.shop_id, "Shopify", "Доставка: Укрпошта"));
    const auto feed = dump(f.store, "feed");
    REQUIRE(feed.Size() == 1);
    CHECK(keys_of(feed[0]) == std::set<std::string>{"id", "order_id", "author", "text", "created_at"});
    CHECK(feed[0]["id"].GetInt64() == id);
    CHECK(feed[0]["order_id"].GetInt64() == f.shop_id);
    CHECK(text(feed[0], "author") == "Shopify");
    CHECK(text(feed[0], "text") == "Доставка: Укрпошта");
    const auto created = host_api::parse_iso8601(text(feed[0], "created_at"));
    REQUIRE(created);
    CHECK(*created <= host_api::now());
}

TEST_CASE("dump imports: store, external id, state, reason, attempts and time", "[dump]") {
    DumpFixture f;
    require_ok(f.store.imports().record_import({"Kyiv Shop", "1001", host_api::k_import_failed,
                                                "currency USD differs from UAH", 3,
                                                host_api::Timestamp{std::chrono::seconds{1700000000}}}));
    const auto imports = dump(f.store, "imports");
    REQUIRE(imports.Size() == 1);
    CHECK(keys_of(imports[0]) ==
          std::set<std::string>{"store", "external_id", "state", "reason", "attempts", "updated_at"});
    CHECK(text(imports[0], "store") == "Kyiv Shop");
    CHECK(text(imports[0], "external_id") == "1001");
    CHECK(text(imports[0], "state") == "failed");
    CHECK(text(imports[0], "reason") == "currency USD differs from UAH");
    CHECK(imports[0]["attempts"].GetInt64() == 3);
    CHECK(text(imports[0], "updated_at") == "2023-11-14T22:13:20Z");
}

TEST_CASE("an empty store dumps every kind as an empty array", "[dump]") {
    store_test::StoreFixture f;
    for (const char* kind : {"orders", "contacts", "products", "categories", "waybills", "feed", "imports"}) {
        INFO(kind);
        CHECK(value_of(host::store::dump_json(f.store, kind)) == "[]");
    }
}

TEST_CASE("an unknown dump kind is an error naming the valid kinds", "[dump]") {
    store_test::StoreFixture f;
    for (const char* kind : {"connections", "", "Orders"}) {
        const auto dumped = host::store::dump_json(f.store, kind);
        REQUIRE_FALSE(dumped.ok());
        CHECK_THAT(dumped.error().message,
                   Catch::Contains("orders, contacts, products, categories, waybills, feed, imports"));
    }
}

TEST_CASE("secrets never appear in a dump", "[dump]") {
    DumpFixture f;
    host_api::NovaPoshtaSettings settings;
    settings.api_key = "np-secret-key-123";
    require_ok(f.store.nova_poshta().save(settings));
    value_of(f.store.connections().add("shopify", R"({"token":"shpat_secret_456"})"));
    for (const char* kind : {"orders", "contacts", "products", "categories", "waybills", "feed", "imports"}) {
        const auto dumped = value_of(host::store::dump_json(f.store, kind));
        CHECK_THAT(dumped, !Catch::Contains("np-secret-key-123") && !Catch::Contains("shpat_secret_456"));
    }
}
