#pragma once
// The host warehouse: products and their categories (R18-R21).
#include <optional>
#include <string>

#include "host_api/ids.hpp"
#include "host_api/result.hpp"

namespace host_api {

struct Category {
    CategoryId id = 0;
    std::string name;
};

inline constexpr const char* k_unit_piece = "piece";  // R20

struct Product {
    ProductId id = 0;
    std::string name;
    std::string article;  // SKU (R19)
    std::string code;     // platform product id, or "<product id>/<variant id>" (R19)
    std::string description;
    std::string unit = k_unit_piece;
    std::optional<CategoryId> category_id;
};

// Which product field identifies a product when matching (R1 "identify products by").
enum class ProductKey { name, article, code };

class Catalog {
public:
    virtual ~Catalog() = default;

    // An empty value matches nothing: products without a SKU are never merged by it.
    virtual Result<std::optional<Product>> find_product(ProductKey key, const std::string& value) = 0;
    virtual Result<std::optional<Product>> product(ProductId id) = 0;
    virtual Result<ProductId> create_product(const Product& product) = 0;
    virtual Result<void> update_product(const Product& product) = 0;
    virtual Result<std::optional<Category>> find_category(const std::string& name) = 0;
    virtual Result<CategoryId> create_category(const std::string& name) = 0;
};

}  // namespace host_api
