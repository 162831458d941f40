#pragma once
// Products the tests POST to /_sim/products, in REST shape, so that order line items can
// answer with a product's real description, type and variants. Thread-safe.
#include <cstddef>
#include <map>
#include <optional>
#include <shared_mutex>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "host_api/result.hpp"

namespace sim::shopify {

struct CatalogVariant {
    std::string id;
    std::optional<std::string> sku;
    std::optional<std::string> price;
    std::optional<std::string> title;
};

struct CatalogProduct {
    std::string id;
    std::string title;
    std::string body_html;
    std::string product_type;
    std::vector<CatalogVariant> variants;

    const CatalogVariant* variant(const std::string& variant_id) const;
};

// A REST product, bare or wrapped as {"product": …}: id, title, body_html, product_type,
// variants [{id, sku, price, title}].
host_api::Result<CatalogProduct> product_from_rest(const rapidjson::Value& json);

class ProductCatalog {
public:
    // True when the id was new.
    bool put(CatalogProduct product);
    std::optional<CatalogProduct> find(const std::string& id) const;
    std::size_t size() const;

private:
    mutable std::shared_mutex mutex_;
    std::map<std::string, CatalogProduct> products_;
};

}  // namespace sim::shopify
