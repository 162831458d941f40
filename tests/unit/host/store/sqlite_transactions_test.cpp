#include <catch2/catch.hpp>

#include <atomic>
#include <future>
#include <thread>

#include "tests/unit/host/store/store_fixture.hpp"

using store_test::require_ok;
using store_test::value_of;

namespace {

// Writes one of everything an import writes, through the host services.
struct ImportWrites {
    host_api::OrderId order = 0;
};

ImportWrites write_everything(store_test::StoreFixture& f) {
    auto& s = f.store;
    const auto contact = value_of(s.contacts().create_contact({0, "Olena", "Koval", "+380671234567", "", ""}));
    const auto category = value_of(s.catalog().create_category("Cups"));
    host_api::Product product;
    product.name = "Cup";
    product.category_id = category;
    const auto product_id = value_of(s.catalog().create_product(product));
    auto new_order = f.shop_order("1001");
    new_order.client_id = contact;
    const auto order = value_of(s.orders().create_order(new_order));
    auto item = f.item_of(order, 2);
    item.product_id = product_id;
    value_of(s.orders().add_item(item));
    value_of(s.feed().add_comment(order, "Shopify", "Delivery: Ukrposhta"));
    host_api::Waybill waybill;
    waybill.order_id = order;
    waybill.carrier = "Nova Poshta";
    waybill.status = "Created";
    value_of(s.waybills().create_waybill(waybill));
    require_ok(s.imports().record_import({"Kyiv Shop", "1001", host_api::k_import_imported, "", 1, {}}));
    require_ok(s.plugin_state("shopify")->put("inbox/1", "done"));
    return {order};
}

struct Counts {
    std::size_t orders, contacts, products, categories, comments, waybills, imports, state;
    friend bool operator==(const Counts&, const Counts&) = default;
};

Counts counts(store_test::StoreFixture& f) {
    auto& s = f.store;
    return {value_of(s.order_listing().list()).size(),       value_of(s.contacts().all_contacts()).size(),
            value_of(s.catalog().all_products()).size(),     value_of(s.catalog().all_categories()).size(),
            value_of(s.feed().all_comments()).size(),        value_of(s.waybills().all_waybills()).size(),
            value_of(s.imports().import_records("")).size(), value_of(s.plugin_state("shopify")->entries("")).size()};
}

}  // namespace

TEST_CASE("R28 a unit of work destroyed without commit leaves nothing of what it wrote", "[transactions]") {
    store_test::StoreFixture f;
    host_api::OrderId order = 0;
    {
        auto unit = value_of(f.store.transactions().begin());
        order = write_everything(f).order;
        CHECK(counts(f) == Counts{1, 1, 1, 1, 1, 1, 1, 1});  // visible inside the unit
    }
    CHECK(counts(f) == Counts{0, 0, 0, 0, 0, 0, 0, 0});
    CHECK_FALSE(value_of(f.store.orders().find_order(order)).has_value());
    CHECK(value_of(f.store.orders().find_by_origin("Kyiv Shop", "1001")) == std::nullopt);
}

TEST_CASE("R28 a committed unit of work keeps everything it wrote", "[transactions]") {
    store_test::StoreFixture f;
    host_api::OrderId order = 0;
    {
        auto unit = value_of(f.store.transactions().begin());
        order = write_everything(f).order;
        require_ok(unit->commit());
    }
    CHECK(counts(f) == Counts{1, 1, 1, 1, 1, 1, 1, 1});
    const auto found = value_of(f.store.orders().find_order(order));
    REQUIRE(found);
    CHECK(found->items.size() == 1);
}

TEST_CASE("a committed unit is visible to a second process on the same folder", "[transactions]") {
    store_test::StoreFixture f;
    host::store::HostStore other(f.dir.path());
    {
        auto unit = value_of(f.store.transactions().begin());
        write_everything(f);
        CHECK(value_of(other.order_listing().list()).empty());  // not before the commit
        require_ok(unit->commit());
    }
    CHECK(value_of(other.order_listing().list()).size() == 1);
}

TEST_CASE("a nested unit rolled back keeps the outer unit's writes", "[transactions]") {
    store_test::StoreFixture f;
    auto& contacts = f.store.contacts();
    {
        auto outer = value_of(f.store.transactions().begin());
        value_of(contacts.create_contact({0, "Outer", "", "+380670000001", "", ""}));
        {
            auto inner = value_of(f.store.transactions().begin());
            value_of(contacts.create_contact({0, "Inner", "", "+380670000002", "", ""}));
        }
        value_of(contacts.create_contact({0, "After", "", "+380670000003", "", ""}));
        require_ok(outer->commit());
    }
    const auto all = value_of(contacts.all_contacts());
    REQUIRE(all.size() == 2);
    CHECK(all[0].first_name == "Outer");
    CHECK(all[1].first_name == "After");
}

// A savepoint keeps the pages it changes in a sub-journal, in memory up to 64 KiB
// (Database), in a temporary file past that: the rollback reads them back from either.
TEST_CASE("R28 a nested unit that changes more pages than its journal keeps in memory is undone whole",
          "[transactions]") {
    store_test::StoreFixture f;
    auto& contacts = f.store.contacts();
    const std::string before(2000, 'b');
    for (int i = 0; i < 400; ++i) value_of(contacts.create_contact({0, "Client", "", "", "", before}));
    {
        auto outer = value_of(f.store.transactions().begin());
        value_of(contacts.create_contact({0, "Outer", "", "", "", ""}));
        {
            auto inner = value_of(f.store.transactions().begin());
            for (auto contact : value_of(contacts.all_contacts())) {
                contact.address = std::string(2000, 'a');
                require_ok(contacts.update_contact(contact));
            }
        }
        require_ok(outer->commit());
    }
    const auto all = value_of(contacts.all_contacts());
    REQUIRE(all.size() == 401);
    for (std::size_t i = 0; i < 400; ++i) CHECK(all[i].address == before);
    CHECK(all[400].first_name == "Outer");
}

TEST_CASE("a nested unit committed is still undone by its outer unit's rollback", "[transactions]") {
    store_test::StoreFixture f;
    {
        auto outer = value_of(f.store.transactions().begin());
        auto inner = value_of(f.store.transactions().begin());
        value_of(f.store.contacts().create_contact({0, "Inner", "", "", "", ""}));
        require_ok(inner->commit());
    }
    CHECK(value_of(f.store.contacts().all_contacts()).empty());
}

TEST_CASE("a refused call inside a unit leaves the unit usable", "[transactions]") {
    store_test::StoreFixture f;
    {
        auto unit = value_of(f.store.transactions().begin());
        f.create_shop_order("1001");
        CHECK_FALSE(f.store.orders().create_order(f.shop_order("1001")).ok());
        f.create_shop_order("1002");
        require_ok(unit->commit());
    }
    CHECK(value_of(f.store.order_listing().list()).size() == 2);
}

TEST_CASE("committing a unit twice is an error, not a crash", "[transactions]") {
    store_test::StoreFixture f;
    auto unit = value_of(f.store.transactions().begin());
    require_ok(unit->commit());
    const auto again = unit->commit();
    REQUIRE_FALSE(again.ok());
    CHECK_THAT(again.error().message, Catch::Contains("already committed"));
}

TEST_CASE("another thread's call waits for an open unit, then sees what it committed", "[transactions]") {
    store_test::StoreFixture f;
    auto unit = value_of(f.store.transactions().begin());
    const auto contact = value_of(f.store.contacts().create_contact({0, "Olena", "", "+380671234567", "", ""}));

    std::atomic<bool> done{false};
    auto seen = std::async(std::launch::async, [&] {
        auto found = f.store.contacts().find_by_phone("+380671234567");
        done = true;
        return found;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK_FALSE(done.load());  // still waiting for the unit

    value_of(f.store.contacts().create_contact({0, "Taras", "", "+380501112233", "", ""}));
    require_ok(unit->commit());
    unit.reset();  // ends the unit on its own thread, letting the other thread in

    const auto found = value_of(seen.get());
    REQUIRE(found);
    CHECK(found->id == contact);
    CHECK(value_of(f.store.contacts().all_contacts()).size() == 2);
}

TEST_CASE("another thread's write waits for an open unit that rolls back, then commits alone", "[transactions]") {
    store_test::StoreFixture f;
    auto unit = value_of(f.store.transactions().begin());
    value_of(f.store.contacts().create_contact({0, "Rolled back", "", "", "", ""}));

    auto writer = std::async(std::launch::async, [&] {
        return f.store.contacts().create_contact({0, "Other thread", "", "", "", ""});
    });
    CHECK(writer.wait_for(std::chrono::milliseconds(300)) == std::future_status::timeout);
    unit.reset();  // rollback

    value_of(writer.get());
    const auto all = value_of(f.store.contacts().all_contacts());
    REQUIRE(all.size() == 1);
    CHECK(all[0].first_name == "Other thread");
}

TEST_CASE("R28 after SQLite rolls a unit back by itself, its later writes are refused", "[transactions]") {
    store_test::StoreFixture f;
    {
        auto unit = value_of(f.store.transactions().begin());
        value_of(f.store.contacts().create_contact({0, "Lost", "", "", "", ""}));
        {
            // What SQLite does on its own after SQLITE_FULL or SQLITE_IOERR mid-transaction.
            std::lock_guard lock(f.store.database().mutex());
            f.store.database().execute("ROLLBACK");
        }
        const auto later = f.store.contacts().create_contact({0, "Would autocommit", "", "", "", ""});
        REQUIRE_FALSE(later.ok());
        CHECK_THAT(later.error().message, Catch::Contains("already rolled back"));
        CHECK_FALSE(f.store.transactions().begin().ok());
        CHECK_FALSE(unit->commit().ok());
    }
    CHECK(value_of(f.store.contacts().all_contacts()).empty());
    value_of(f.store.contacts().create_contact({0, "Next", "", "", "", ""}));  // usable again
}
