#include "host/store/sqlite_catalog.hpp"

namespace host::store {

namespace {

constexpr const char* k_product_select =
    "SELECT id, name, article, code, description, unit, category_id FROM products ";

host_api::Product product_from_row(const Statement& row) {
    host_api::Product product;
    product.id = row.column_int64(0);
    product.name = row.column_text(1);
    product.article = row.column_text(2);
    product.code = row.column_text(3);
    product.description = row.column_text(4);
    product.unit = row.column_text(5);
    product.category_id = row.column_optional_int64(6);
    return product;
}

// Column names come from this fixed table, never from input.
const char* key_column(host_api::ProductKey key) {
    switch (key) {
        case host_api::ProductKey::name:
            return "name";
        case host_api::ProductKey::article:
            return "article";
        case host_api::ProductKey::code:
            return "code";
    }
    return "code";
}

std::optional<host_api::Product> first_product(Statement& statement) {
    if (!statement.step()) return std::nullopt;
    return product_from_row(statement);
}

void bind_product(Statement& statement, const host_api::Product& product) {
    statement.bind_text(2, product.name)
        .bind_text(3, product.article)
        .bind_text(4, product.code)
        .bind_text(5, product.description)
        .bind_text(6, product.unit.empty() ? host_api::k_unit_piece : product.unit)
        .bind_optional_int64(7, product.category_id);
}

}  // namespace

host_api::Result<std::optional<host_api::Product>> SqliteCatalog::find_product(host_api::ProductKey key,
                                                                               const std::string& value) {
    return db_.call("find product", [&]() -> host_api::Result<std::optional<host_api::Product>> {
        if (value.empty()) return std::optional<host_api::Product>();
        auto statement =
            db_.prepare(std::string(k_product_select) + "WHERE " + key_column(key) + " = ?1 ORDER BY id LIMIT 1");
        statement.bind_text(1, value);
        return first_product(statement);
    });
}

host_api::Result<std::optional<host_api::Product>> SqliteCatalog::product(host_api::ProductId id) {
    return db_.call("read product", [&]() -> host_api::Result<std::optional<host_api::Product>> {
        auto statement = db_.prepare(std::string(k_product_select) + "WHERE id = ?1");
        statement.bind_int64(1, id);
        return first_product(statement);
    });
}

host_api::Result<host_api::ProductId> SqliteCatalog::create_product(const host_api::Product& product) {
    return db_.call("create product", [&]() -> host_api::Result<host_api::ProductId> {
        auto statement = db_.prepare(
            "INSERT INTO products (name, article, code, description, unit, category_id) "
            "VALUES (?2, ?3, ?4, ?5, ?6, ?7)");
        bind_product(statement, product);
        statement.run();
        return db_.last_insert_id();
    });
}

host_api::Result<void> SqliteCatalog::update_product(const host_api::Product& product) {
    return db_.call("update product", [&]() -> host_api::Result<void> {
        auto statement = db_.prepare(
            "UPDATE products SET name = ?2, article = ?3, code = ?4, description = ?5, unit = ?6, "
            "category_id = ?7 WHERE id = ?1");
        statement.bind_int64(1, product.id);
        bind_product(statement, product);
        statement.run();
        if (db_.changes() == 0)
            return host_api::permanent_error("update product: no product " + std::to_string(product.id));
        return host_api::success();
    });
}

host_api::Result<std::optional<host_api::Category>> SqliteCatalog::find_category(const std::string& name) {
    return db_.call("find category", [&]() -> host_api::Result<std::optional<host_api::Category>> {
        auto statement = db_.prepare("SELECT id, name FROM categories WHERE name = ?1");
        statement.bind_text(1, name);
        if (!statement.step()) return std::optional<host_api::Category>();
        return std::optional<host_api::Category>(
            host_api::Category{statement.column_int64(0), statement.column_text(1)});
    });
}

host_api::Result<host_api::CategoryId> SqliteCatalog::create_category(const std::string& name) {
    return db_.call("create category", [&]() -> host_api::Result<host_api::CategoryId> {
        if (name.empty()) return host_api::permanent_error("create category: the name is empty");
        try {
            db_.prepare("INSERT INTO categories (name) VALUES (?1)").bind_text(1, name).run();
        } catch (const SqliteError& e) {
            if (e.unique_violation())
                return host_api::permanent_error("create category: '" + name + "' already exists");
            throw;
        }
        return db_.last_insert_id();
    });
}

host_api::Result<std::vector<host_api::Product>> SqliteCatalog::all_products() {
    return db_.call("list products", [&]() -> host_api::Result<std::vector<host_api::Product>> {
        auto statement = db_.prepare(std::string(k_product_select) + "ORDER BY id");
        std::vector<host_api::Product> products;
        while (statement.step()) products.push_back(product_from_row(statement));
        return products;
    });
}

host_api::Result<std::vector<host_api::Category>> SqliteCatalog::all_categories() {
    return db_.call("list categories", [&]() -> host_api::Result<std::vector<host_api::Category>> {
        auto statement = db_.prepare("SELECT id, name FROM categories ORDER BY id");
        std::vector<host_api::Category> categories;
        while (statement.step()) categories.push_back({statement.column_int64(0), statement.column_text(1)});
        return categories;
    });
}

}  // namespace host::store
