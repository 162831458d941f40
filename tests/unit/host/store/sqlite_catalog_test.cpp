#include <catch2/catch.hpp>

#include "tests/unit/host/store/store_fixture.hpp"

using host_api::ProductKey;
using store_test::require_ok;
using store_test::value_of;

namespace {

host_api::Product cup(std::optional<host_api::CategoryId> category) {
    host_api::Product product;
    product.name = "Чашка керамічна";
    product.article = "CUP-1";
    product.code = "8072389/4420001";
    product.description = "<p>Біла, 300 мл</p>";
    product.category_id = category;
    return product;
}

}  // namespace

TEST_CASE("R19 R20 a product reads back with every field", "[catalog]") {
    store_test::StoreFixture f;
    const auto category = value_of(f.store.catalog().create_category("Посуд"));
    const auto id = value_of(f.store.catalog().create_product(cup(category)));
    const auto product = value_of(f.store.catalog().product(id));
    REQUIRE(product);
    CHECK(product->id == id);
    CHECK(product->name == "Чашка керамічна");
    CHECK(product->article == "CUP-1");
    CHECK(product->code == "8072389/4420001");
    CHECK(product->description == "<p>Біла, 300 мл</p>");
    CHECK(product->unit == "piece");
    CHECK(product->category_id == std::optional<host_api::CategoryId>(category));
    CHECK_FALSE(value_of(f.store.catalog().product(id + 1)).has_value());
}

TEST_CASE("R20 a product without a unit is stored as piece", "[catalog]") {
    store_test::StoreFixture f;
    auto product = cup(std::nullopt);
    product.unit.clear();
    const auto id = value_of(f.store.catalog().create_product(product));
    CHECK(value_of(f.store.catalog().product(id))->unit == "piece");
}

TEST_CASE("R18 a product is found by the configured identifier: name, SKU or product ID", "[catalog]") {
    store_test::StoreFixture f;
    const auto id = value_of(f.store.catalog().create_product(cup(std::nullopt)));
    CHECK(value_of(f.store.catalog().find_product(ProductKey::name, "Чашка керамічна"))->id == id);
    CHECK(value_of(f.store.catalog().find_product(ProductKey::article, "CUP-1"))->id == id);
    CHECK(value_of(f.store.catalog().find_product(ProductKey::code, "8072389/4420001"))->id == id);
    CHECK_FALSE(value_of(f.store.catalog().find_product(ProductKey::article, "8072389/4420001")).has_value());
    CHECK_FALSE(value_of(f.store.catalog().find_product(ProductKey::code, "8072389")).has_value());
}

TEST_CASE("R18 an empty identifier matches no product, even one with an empty SKU", "[catalog]") {
    store_test::StoreFixture f;
    auto product = cup(std::nullopt);
    product.article.clear();
    value_of(f.store.catalog().create_product(product));
    CHECK_FALSE(value_of(f.store.catalog().find_product(ProductKey::article, "")).has_value());
}

TEST_CASE("update_product writes every field", "[catalog]") {
    store_test::StoreFixture f;
    auto product = cup(std::nullopt);
    product.id = value_of(f.store.catalog().create_product(product));
    product.name = "Cup";
    product.article = "CUP-2";
    product.code = "1/2";
    product.description = "White";
    product.category_id = value_of(f.store.catalog().create_category("Cups"));
    require_ok(f.store.catalog().update_product(product));
    const auto stored = value_of(f.store.catalog().product(product.id));
    CHECK(stored->name == "Cup");
    CHECK(stored->article == "CUP-2");
    CHECK(stored->code == "1/2");
    CHECK(stored->description == "White");
    CHECK(stored->category_id == product.category_id);
    product.id = 999;
    CHECK_FALSE(f.store.catalog().update_product(product).ok());
}

TEST_CASE("R21 a category is found by its name, and a second of the same name is refused", "[catalog]") {
    store_test::StoreFixture f;
    const auto id = value_of(f.store.catalog().create_category("Посуд"));
    const auto found = value_of(f.store.catalog().find_category("Посуд"));
    REQUIRE(found);
    CHECK(found->id == id);
    CHECK(found->name == "Посуд");
    CHECK_FALSE(value_of(f.store.catalog().find_category("Cups")).has_value());

    const auto again = f.store.catalog().create_category("Посуд");
    REQUIRE_FALSE(again.ok());
    CHECK_THAT(again.error().message, Catch::Contains("already exists"));
    CHECK(value_of(f.store.catalog().all_categories()).size() == 1);
}

TEST_CASE("a product in a category that does not exist is refused", "[catalog]") {
    store_test::StoreFixture f;
    CHECK_FALSE(f.store.catalog().create_product(cup(4242)).ok());
}
