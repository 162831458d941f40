#pragma once
// host_api::Catalog over the host database: warehouse products and categories (R18-R21).
#include <vector>

#include "host/store/database.hpp"
#include "host_api/catalog.hpp"

namespace host::store {

class SqliteCatalog final : public host_api::Catalog {
public:
    explicit SqliteCatalog(Database& db) : db_(db) {}

    // The oldest product whose key field equals value; an empty value matches nothing,
    // so products without a SKU are never merged by their missing SKU.
    host_api::Result<std::optional<host_api::Product>> find_product(host_api::ProductKey key,
                                                                    const std::string& value) override;
    host_api::Result<std::optional<host_api::Product>> product(host_api::ProductId id) override;
    // An empty unit is stored as "piece" (R20).
    host_api::Result<host_api::ProductId> create_product(const host_api::Product& product) override;
    host_api::Result<void> update_product(const host_api::Product& product) override;
    host_api::Result<std::optional<host_api::Category>> find_category(const std::string& name) override;
    // Category names are unique: a second one of the same name is refused.
    host_api::Result<host_api::CategoryId> create_category(const std::string& name) override;

    // Host only (dumps, pages): everything, by id.
    host_api::Result<std::vector<host_api::Product>> all_products();
    host_api::Result<std::vector<host_api::Category>> all_categories();

private:
    Database& db_;
};

}  // namespace host::store
