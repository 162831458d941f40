#include "plugin/sync/product_resolver.hpp"

#include "plugin/sync/html_text.hpp"

namespace shopify::sync {
namespace {

bool several_variants(const LineItem& line) {
    return line.product && !line.product->has_only_default_variant;
}

std::string value_of(const host_api::Product& product, host_api::ProductKey key) {
    switch (key) {
        case host_api::ProductKey::name: return product.name;
        case host_api::ProductKey::article: return product.article;
        case host_api::ProductKey::code: return product.code;
    }
    return {};
}

}  // namespace

host_api::Product product_of(const LineItem& line) {
    host_api::Product product;
    // Each variant is a product of its own (R19): its name says which ("Shirt - Red / M").
    product.name = several_variants(line) || !line.product ? line.name : line.product->title;
    if (product.name.empty()) product.name = line.title;
    product.article = line.variant && !line.variant->sku.empty() ? line.variant->sku : line.sku;
    if (line.product) {
        product.code = several_variants(line) && line.variant ? line.product->id + "/" + line.variant->id
                                                              : line.product->id;
        product.description = html_to_text(line.product->description_html);
    }
    product.unit = host_api::k_unit_piece;
    return product;
}

host_api::Result<std::optional<host_api::CategoryId>> ProductResolver::category(const std::string& product_type) {
    if (product_type.empty()) return std::optional<host_api::CategoryId>{};
    auto found = catalog_.find_category(product_type);
    if (!found) return found.error();
    if (*found) return std::optional<host_api::CategoryId>{(*found)->id};
    auto created = catalog_.create_category(product_type);
    if (!created) return created.error();
    return std::optional<host_api::CategoryId>{*created};
}

host_api::Result<std::optional<host_api::Product>> ProductResolver::resolve(const StoreSettings& store,
                                                                          const LineItem& line) {
    host_api::Product wanted = product_of(line);
    auto key = store.identify_by;
    // Without a product or without the identifying value, only the name can match.
    if (!line.product || value_of(wanted, key).empty()) key = host_api::ProductKey::name;
    if (wanted.name.empty()) return std::optional<host_api::Product>{};
    auto found = catalog_.find_product(key, value_of(wanted, key));
    if (!found) return found.error();
    if (*found) return *found;
    if (!line.product) return std::optional<host_api::Product>{};  // a custom line: an item without product
    auto category_id = category(line.product->product_type);
    if (!category_id) return category_id.error();
    wanted.category_id = *category_id;
    auto created = catalog_.create_product(wanted);
    if (!created) return created.error();
    wanted.id = *created;
    return std::optional<host_api::Product>{wanted};
}

}  // namespace shopify::sync
