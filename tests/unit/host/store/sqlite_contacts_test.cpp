#include <catch2/catch.hpp>

#include "tests/unit/host/store/store_fixture.hpp"

using store_test::require_ok;
using store_test::value_of;

TEST_CASE("R24 a contact reads back with every field", "[contacts]") {
    store_test::StoreFixture f;
    const auto id = value_of(f.store.contacts().create_contact(
        {0, "Олена", "Коваль", "+380671234567", "olena@example.com", "вул. Хрещатик, 1, Київ"}));
    const auto contact = value_of(f.store.contacts().contact(id));
    REQUIRE(contact);
    CHECK(contact->id == id);
    CHECK(contact->first_name == "Олена");
    CHECK(contact->last_name == "Коваль");
    CHECK(contact->phone == "+380671234567");
    CHECK(contact->email == "olena@example.com");
    CHECK(contact->address == "вул. Хрещатик, 1, Київ");
    CHECK_FALSE(value_of(f.store.contacts().contact(id + 1)).has_value());
}

TEST_CASE("R26 a contact is found by its E.164 phone, the oldest wins and an empty phone finds none", "[contacts]") {
    store_test::StoreFixture f;
    const auto first = value_of(f.store.contacts().create_contact({0, "A", "", "+380671234567", "", ""}));
    value_of(f.store.contacts().create_contact({0, "B", "", "+380671234567", "", ""}));
    value_of(f.store.contacts().create_contact({0, "No phone", "", "", "", ""}));
    CHECK(value_of(f.store.contacts().find_by_phone("+380671234567"))->id == first);
    CHECK_FALSE(value_of(f.store.contacts().find_by_phone("+380671234568")).has_value());
    CHECK_FALSE(value_of(f.store.contacts().find_by_phone("")).has_value());
}

TEST_CASE("phone lookups use the index on contacts.phone", "[contacts]") {
    store_test::StoreFixture f;
    auto& db = f.store.database();
    std::lock_guard lock(db.mutex());
    auto plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM contacts WHERE phone = ?1 ORDER BY id LIMIT 1");
    REQUIRE(plan.step());
    CHECK_THAT(plan.column_text(3), Catch::Contains("contacts_by_phone"));
}

TEST_CASE("update_contact writes every field and an unknown contact is an error", "[contacts]") {
    store_test::StoreFixture f;
    host_api::Contact contact{0, "A", "B", "+380671234567", "", ""};
    contact.id = value_of(f.store.contacts().create_contact(contact));
    contact = {contact.id, "Olena", "Koval", "+380501112233", "o@example.com", "Lviv"};
    require_ok(f.store.contacts().update_contact(contact));
    const auto stored = value_of(f.store.contacts().contact(contact.id));
    CHECK(stored->first_name == "Olena");
    CHECK(stored->last_name == "Koval");
    CHECK(stored->phone == "+380501112233");
    CHECK(stored->email == "o@example.com");
    CHECK(stored->address == "Lviv");
    contact.id = 999;
    CHECK_FALSE(f.store.contacts().update_contact(contact).ok());
}
