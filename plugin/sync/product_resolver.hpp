#pragma once
// A line item's warehouse product (R18-R22): found by the store's "identify products by"
// field, else made: SKU -> article, product id -> code ("<product>/<variant>" for a
// product with several variants), name, plain-text description, unit piece, category from
// the product type (reused by name, else made). A line without a product (custom item,
// deleted product) or without the identifying value is matched by name only, and never
// fails the order: without a match it becomes an item with no product.
#include <optional>

#include "host_api/catalog.hpp"
#include "plugin/shopify/order.hpp"
#include "plugin/shopify/store_settings.hpp"

namespace shopify::sync {

class ProductResolver {
public:
    explicit ProductResolver(host_api::Catalog& catalog) : catalog_(catalog) {}

    host_api::Result<std::optional<host_api::Product>> resolve(const StoreSettings& store, const LineItem& line);

private:
    host_api::Result<std::optional<host_api::CategoryId>> category(const std::string& product_type);

    host_api::Catalog& catalog_;
};

// The host product a line describes (id 0, category not resolved).
host_api::Product product_of(const LineItem& line);

}  // namespace shopify::sync
