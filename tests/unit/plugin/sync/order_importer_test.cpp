#include <catch2/catch.hpp>

#include "plugin/sync/order_importer.hpp"
#include "plugin/sync/order_memory.hpp"
#include "tests/unit/plugin/plugin_host_fixture.hpp"

using shopify::sync::ImportOutcome;
using shopify::sync::OrderImporter;

namespace {

shopify::StoreSettings store(host_api::ProductKey identify_by = host_api::ProductKey::article) {
    shopify::StoreSettings settings;
    settings.connection_id = 1;
    settings.name = "Kyiv Honey";
    settings.domain = "kyiv-honey.myshopify.com";
    settings.order_type = "Online order";
    settings.identify_by = identify_by;
    return settings;
}

host_api::Money uah(std::int64_t minor) { return host_api::Money{minor, "UAH"}; }

shopify::LineItem honey(std::int64_t quantity = 2) {
    shopify::LineItem line;
    line.id = "6601";
    line.name = "Honey 500 g";
    line.title = "Honey 500 g";
    line.sku = "HONEY-500";
    line.quantity = quantity;
    line.unit_price = uah(24500);
    line.product = shopify::Product{"8101", "Honey 500 g", "<p>Buckwheat &amp; linden</p>", "Honey", true};
    line.variant = shopify::Variant{"4701", "HONEY-500", "Default Title"};
    return line;
}

shopify::Order order(const std::string& id = "5901", const std::string& updated = "2026-11-27T10:00:00Z") {
    shopify::Order order;
    order.id = id;
    order.name = "#1001";
    order.created_at = *host_api::parse_iso8601("2026-11-27T09:15:00+02:00");
    order.updated_at = *host_api::parse_iso8601(updated);
    order.currency = "UAH";
    order.total = uah(49000);
    order.customer = shopify::Customer{"7301", "Олена", "Коваленко", "olena@example.com", "067 123 45 67"};
    order.shipping_address = shopify::Address{"Олена", "Коваленко", "", "вул. Хрещатик, 22", "", "Київ", "", "01001",
                                              "Ukraine", "UA"};
    order.line_items = {honey()};
    return order;
}

const std::function<host_api::Result<void>()> k_nothing_else;

host_api::Order only_order(test_support::PluginHostFixture& host) {
    auto listed = host.store().orders().find_by_origin("Kyiv Honey", "5901");
    REQUIRE(listed);
    REQUIRE(*listed);
    return **listed;
}

}  // namespace

TEST_CASE("R8 R9 R10 a new Shopify order becomes a host order in the initial status, with its origin") {
    test_support::PluginHostFixture host;
    OrderImporter importer(host.context());
    auto outcome = importer.import(store(), order(), k_nothing_else);
    REQUIRE(outcome);
    CHECK(outcome->kind == ImportOutcome::Kind::created);
    const auto imported = only_order(host);
    auto types = host.store().orders().order_types();
    CHECK(imported.status_id == types->front().statuses.front().id);  // "New"
    CHECK(imported.number == "#1001");
    CHECK(imported.total == uah(49000));
    REQUIRE(imported.origin);
    CHECK(imported.origin->store == "Kyiv Honey");
    CHECK(imported.origin->external_id == "5901");
    CHECK(imported.origin->external_url == "https://kyiv-honey.myshopify.com/admin/orders/5901");
    CHECK(host_api::format_iso8601(imported.origin->created_external) == "2026-11-27T07:15:00Z");
    CHECK(imported.origin->last_synced.time_since_epoch().count() > 0);
    REQUIRE(imported.items.size() == 1);
    CHECK(imported.items[0].quantity == 2);
    CHECK(imported.items[0].price == uah(24500));
    CHECK_FALSE(imported.items[0].written_off);  // R22
    auto record = host.store().imports().import_record("Kyiv Honey", "5901");
    REQUIRE(record);
    REQUIRE(*record);
    CHECK((*record)->state == "imported");
}

TEST_CASE("R11 the same order imported again, or an older state of it, never makes a second order") {
    test_support::PluginHostFixture host;
    OrderImporter importer(host.context());
    REQUIRE(importer.import(store(), order("5901", "2026-11-27T10:00:00Z"), k_nothing_else));
    auto newer = order("5901", "2026-11-27T11:00:00Z");
    newer.total = uah(73500);
    newer.line_items = {honey(3)};
    auto updated = importer.import(store(), newer, k_nothing_else);
    REQUIRE(updated);
    CHECK(updated->kind == ImportOutcome::Kind::updated);
    auto older = order("5901", "2026-11-27T10:30:00Z");
    auto stale = importer.import(store(), older, k_nothing_else);
    REQUIRE(stale);
    CHECK(stale->kind == ImportOutcome::Kind::unchanged);
    const auto imported = only_order(host);
    CHECK(imported.total == uah(73500));
    REQUIRE(imported.items.size() == 1);
    CHECK(imported.items[0].quantity == 3);
}

TEST_CASE("R3 an order in another currency is not imported and is logged with the reason") {
    test_support::PluginHostFixture host;
    OrderImporter importer(host.context());
    auto usd = order();
    usd.currency = "USD";
    usd.total = host_api::Money{5900, "USD"};
    auto outcome = importer.import(store(), usd, k_nothing_else);
    REQUIRE(outcome);
    CHECK(outcome->kind == ImportOutcome::Kind::refused);
    CHECK(outcome->reason.find("currency USD differs from the host currency UAH") != std::string::npos);
    auto found = host.store().orders().find_by_origin("Kyiv Honey", "5901");
    REQUIRE(found);
    CHECK_FALSE(*found);
    auto record = host.store().imports().import_record("Kyiv Honey", "5901");
    REQUIRE(*record);
    CHECK((*record)->state == "failed");
    CHECK((*record)->reason.find("USD") != std::string::npos);
}

TEST_CASE("R18 R19 R20 R21 products are made once, with article, code, description, unit and category") {
    test_support::PluginHostFixture host;
    OrderImporter importer(host.context());
    REQUIRE(importer.import(store(), order("5901"), k_nothing_else));
    auto second = order("5902");
    second.line_items[0].id = "6602";
    REQUIRE(importer.import(store(), second, k_nothing_else));
    auto product = host.store().catalog().find_product(host_api::ProductKey::article, "HONEY-500");
    REQUIRE(product);
    REQUIRE(*product);
    CHECK((*product)->name == "Honey 500 g");
    CHECK((*product)->code == "8101");
    CHECK((*product)->description == "Buckwheat & linden");
    CHECK((*product)->unit == "piece");
    REQUIRE((*product)->category_id);
    auto category = host.store().catalog().find_category("Honey");
    REQUIRE(*category);
    CHECK((*category)->id == *(*product)->category_id);
    const auto first_order = only_order(host);
    auto other = host.store().orders().find_by_origin("Kyiv Honey", "5902");
    CHECK((*other)->items[0].product_id == first_order.items[0].product_id);  // not duplicated
}

TEST_CASE("R19 each variant of a product with several variants is its own product with code product/variant") {
    test_support::PluginHostFixture host;
    OrderImporter importer(host.context());
    auto shirts = order();
    shirts.line_items = {honey(), honey()};
    for (auto* line : {&shirts.line_items[0], &shirts.line_items[1]}) {
        line->product = shopify::Product{"8102", "Vyshyvanka", "", "", false};
        line->title = "Vyshyvanka";
    }
    shirts.line_items[0] = shopify::LineItem{"6611", "Vyshyvanka - Red / M", "Vyshyvanka", "VY-RED-M", 1, uah(185000),
                                             shirts.line_items[0].product, shopify::Variant{"4711", "VY-RED-M", "Red / M"}};
    shirts.line_items[1] = shopify::LineItem{"6612", "Vyshyvanka - Blue / L", "Vyshyvanka", "VY-BLUE-L", 1, uah(185000),
                                             shirts.line_items[1].product, shopify::Variant{"4712", "VY-BLUE-L", "Blue / L"}};
    REQUIRE(importer.import(store(host_api::ProductKey::code), shirts, k_nothing_else));
    auto red = host.store().catalog().find_product(host_api::ProductKey::code, "8102/4711");
    auto blue = host.store().catalog().find_product(host_api::ProductKey::code, "8102/4712");
    REQUIRE(*red);
    REQUIRE(*blue);
    CHECK((*red)->name == "Vyshyvanka - Red / M");
    CHECK((*blue)->article == "VY-BLUE-L");
    CHECK_FALSE((*red)->category_id);  // no product type: no category
}

TEST_CASE("R22 a custom line or an empty SKU still becomes an item, matched by name, and never fails the order") {
    test_support::PluginHostFixture host;
    OrderImporter importer(host.context());
    auto mixed = order();
    auto wrap = shopify::LineItem{"6620", "Gift wrapping", "Gift wrapping", "", 1, uah(7000), std::nullopt, std::nullopt};
    auto no_sku = honey(1);
    no_sku.id = "6621";
    no_sku.sku = "";
    no_sku.variant->sku = "";
    no_sku.name = no_sku.title = "Linden honey";
    no_sku.product->title = "Linden honey";
    no_sku.product->id = "8105";
    mixed.line_items = {wrap, no_sku};
    REQUIRE(importer.import(store(), mixed, k_nothing_else));
    const auto imported = only_order(host);
    REQUIRE(imported.items.size() == 2);
    CHECK(imported.items[0].name == "Gift wrapping");
    CHECK_FALSE(imported.items[0].product_id);
    CHECK(imported.items[1].product_id);
    auto by_name = host.store().catalog().find_product(host_api::ProductKey::name, "Linden honey");
    REQUIRE(*by_name);
    CHECK((*by_name)->article.empty());
}

TEST_CASE("R23 quantity changes apply until the item is written off, then the feed says what was not applied") {
    test_support::PluginHostFixture host;
    OrderImporter importer(host.context());
    REQUIRE(importer.import(store(), order("5901", "2026-11-27T10:00:00Z"), k_nothing_else));
    auto more = order("5901", "2026-11-27T11:00:00Z");
    more.line_items = {honey(5)};
    REQUIRE(importer.import(store(), more, k_nothing_else));
    auto imported = only_order(host);
    CHECK(imported.items[0].quantity == 5);
    REQUIRE(host.store().orders().write_off_item(imported.items[0].id));
    auto fewer = order("5901", "2026-11-27T12:00:00Z");
    fewer.line_items = {honey(1)};
    REQUIRE(importer.import(store(), fewer, k_nothing_else));
    auto again = order("5901", "2026-11-27T13:00:00Z");
    again.line_items = {honey(1)};
    REQUIRE(importer.import(store(), again, k_nothing_else));
    imported = only_order(host);
    CHECK(imported.items[0].quantity == 5);
    auto comments = host.store().feed().comments(imported.id);
    REQUIRE(comments);
    REQUIRE(comments->size() == 1);  // said once, not on every update
    CHECK((*comments)[0].text.find("changed on Shopify to 1; not applied") != std::string::npos);
}

TEST_CASE("R24 R26 the client is imported with its fields, and the same phone in three formats is one contact") {
    test_support::PluginHostFixture host;
    OrderImporter importer(host.context());
    const char* phones[] = {"067 123 45 67", "+380671234567", "380671234567"};
    for (int i = 0; i < 3; ++i) {
        auto next = order(std::to_string(5901 + i));
        next.customer->id = std::to_string(7301 + i);  // three Shopify customers, one person
        next.customer->phone = phones[i];
        next.line_items[0].id = std::to_string(6601 + i);
        REQUIRE(importer.import(store(), next, k_nothing_else));
    }
    auto contact = host.store().contacts().find_by_phone("+380671234567");
    REQUIRE(*contact);
    CHECK((*contact)->first_name == "Олена");
    CHECK((*contact)->last_name == "Коваленко");
    CHECK((*contact)->email == "olena@example.com");
    CHECK((*contact)->address == "вул. Хрещатик, 22, Київ, 01001, Ukraine");
    for (const auto* id : {"5901", "5902", "5903"}) {
        auto imported = host.store().orders().find_by_origin("Kyiv Honey", id);
        CHECK((*imported)->client_id == (*contact)->id);
    }
}

TEST_CASE("R25 an order without customer data has no client, and nothing fails") {
    test_support::PluginHostFixture host;
    OrderImporter importer(host.context());
    auto anonymous = order();
    anonymous.customer.reset();
    anonymous.shipping_address.reset();
    anonymous.customer_data_redacted = true;
    auto outcome = importer.import(store(), anonymous, k_nothing_else);
    REQUIRE(outcome);
    CHECK(outcome->kind == ImportOutcome::Kind::created);
    CHECK_FALSE(only_order(host).client_id);
}

TEST_CASE("R28 a failure in the same transaction leaves nothing of the import behind") {
    test_support::PluginHostFixture host;
    OrderImporter importer(host.context());
    auto outcome = importer.import(store(), order(), [] { return host_api::Result<void>(host_api::transient_error("crash")); });
    REQUIRE_FALSE(outcome);
    auto found = host.store().orders().find_by_origin("Kyiv Honey", "5901");
    CHECK_FALSE(*found);
    CHECK_FALSE(*host.store().contacts().find_by_phone("+380671234567"));
    CHECK_FALSE(*host.store().catalog().find_product(host_api::ProductKey::article, "HONEY-500"));
    CHECK_FALSE(*host.store().imports().import_record("Kyiv Honey", "5901"));
}

TEST_CASE("a cancellation on Shopify is said once in the feed and the order stays") {
    test_support::PluginHostFixture host;
    OrderImporter importer(host.context());
    auto cancelled = order("5901", "2026-11-27T10:00:00Z");
    cancelled.cancelled_at = host_api::parse_iso8601("2026-11-27T10:00:00Z");
    REQUIRE(importer.import(store(), cancelled, k_nothing_else));
    cancelled.updated_at = *host_api::parse_iso8601("2026-11-27T11:00:00Z");
    REQUIRE(importer.import(store(), cancelled, k_nothing_else));
    auto comments = host.store().feed().comments(only_order(host).id);
    REQUIRE(comments->size() == 1);
    CHECK((*comments)[0].text == "Order #1001 was cancelled on Shopify at 2026-11-27T10:00:00Z.");
}

TEST_CASE("R11 R28 orders imported within the caller's unit are written with it, or rolled back with it") {
    test_support::PluginHostFixture host;
    OrderImporter importer(host.context());
    auto& transactions = host.context().transactions;
    const auto import_two = [&](bool commit) {
        auto unit = transactions.begin();
        REQUIRE(unit);
        const auto facts = importer.read_host_facts();  // once for the whole unit
        REQUIRE(facts);
        CHECK(facts->currency == "UAH");
        for (const char* id : {"5901", "5902"}) {
            const auto imported = importer.import_within(store(), order(id), *facts);
            REQUIRE(imported);
            CHECK(imported->kind == ImportOutcome::Kind::created);
        }
        if (commit) REQUIRE((*unit)->commit());
    };
    import_two(false);  // the unit ends without its commit
    CHECK_FALSE(*host.store().orders().find_by_origin("Kyiv Honey", "5901"));
    CHECK_FALSE(*host.store().imports().import_record("Kyiv Honey", "5902"));
    import_two(true);
    const auto second = host.store().orders().find_by_origin("Kyiv Honey", "5902");
    REQUIRE(*second);
    REQUIRE((*second)->items.size() == 1);
    CHECK((*second)->items[0].quantity == 2);
    CHECK((*host.store().imports().import_record("Kyiv Honey", "5902"))->state == "imported");
    CHECK(only_order(host).client_id == (*second)->client_id);  // one client, by the same phone
}

TEST_CASE("R11 R23 an order's lines are remembered with the order: an update changes its items, adds none") {
    test_support::PluginHostFixture host;
    OrderImporter importer(host.context());
    auto first = order("5901", "2026-11-27T10:00:00Z");
    auto wax = honey(1);
    wax.id = "6602";
    wax.name = wax.title = "Wax candle";
    wax.sku = "WAX-1";
    first.line_items = {honey(2), wax};
    REQUIRE(importer.import(store(), first, k_nothing_else));
    auto later = order("5901", "2026-11-27T11:00:00Z");
    later.line_items = {honey(4), wax};
    REQUIRE(importer.import(store(), later, k_nothing_else));
    const auto imported = only_order(host);
    REQUIRE(imported.items.size() == 2);
    CHECK(imported.items[0].quantity == 4);
    // One row of memory for the order and its lines, none per line.
    auto& state = host.context().state;
    auto memory = shopify::sync::recall_order(state, 1, "5901");
    REQUIRE(memory);
    REQUIRE(*memory);
    CHECK((*memory)->items_by_line.at("6601") == imported.items[0].id);
    CHECK((*memory)->items_by_line.at("6602") == imported.items[1].id);
    auto line_keys = state.entries("line/");
    REQUIRE(line_keys);
    CHECK(line_keys->empty());
}

TEST_CASE("R11 R23 an order remembered before its lines were kept with it still finds its items by their own keys") {
    test_support::PluginHostFixture host;
    OrderImporter importer(host.context());
    REQUIRE(importer.import(store(), order("5901", "2026-11-27T10:00:00Z"), k_nothing_else));
    const auto imported = only_order(host);
    REQUIRE(imported.items.size() == 1);
    // The memory as it was written before: the order alone, and its line under a key of its own.
    auto& state = host.context().state;
    REQUIRE(state.put("order/1/5901", "2026-11-27T10:00:00Z|" + std::to_string(imported.id)));
    REQUIRE(state.put("line/1/6601", std::to_string(imported.items[0].id)));
    auto memory = shopify::sync::recall_order(state, 1, "5901");
    REQUIRE(memory);
    REQUIRE(*memory);
    CHECK_FALSE((*memory)->lines_known);
    CHECK((*memory)->host_order == imported.id);
    auto later = order("5901", "2026-11-27T11:00:00Z");
    later.line_items = {honey(7)};
    REQUIRE(importer.import(store(), later, k_nothing_else));
    const auto updated = only_order(host);
    REQUIRE(updated.items.size() == 1);  // the same item, not a second one
    CHECK(updated.items[0].quantity == 7);
    memory = shopify::sync::recall_order(state, 1, "5901");
    REQUIRE(memory);
    REQUIRE(*memory);
    CHECK((*memory)->lines_known);
    CHECK((*memory)->items_by_line.at("6601") == imported.items[0].id);
}

TEST_CASE("R11 an order imported before its store was renamed is updated under the new name, not made again") {
    test_support::PluginHostFixture host;
    OrderImporter importer(host.context());
    REQUIRE(importer.import(store(), order("5901", "2026-11-27T10:00:00Z"), k_nothing_else));
    // The host has not carried the new name to the order yet: the import finds it by its memory.
    auto renamed = store();
    renamed.name = "Kyiv Honey Shop";
    auto later = order("5901", "2026-11-27T11:00:00Z");
    later.line_items = {honey(7)};
    auto outcome = importer.import(renamed, later, k_nothing_else);
    REQUIRE(outcome);
    CHECK(outcome->kind == ImportOutcome::Kind::updated);
    auto before = host.store().orders().find_by_origin("Kyiv Honey", "5901");
    REQUIRE(before);
    CHECK_FALSE(*before);
    auto after = host.store().orders().find_by_origin("Kyiv Honey Shop", "5901");
    REQUIRE(after);
    REQUIRE(*after);
    REQUIRE((*after)->items.size() == 1);
    CHECK((*after)->items[0].quantity == 7);
}
