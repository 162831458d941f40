#include "tests/sim/shopify/product_catalog.hpp"

#include <mutex>

#include "tests/sim/shopify/json_fields.hpp"

namespace sim::shopify {

const CatalogVariant* CatalogProduct::variant(const std::string& variant_id) const {
    for (const auto& candidate : variants)
        if (candidate.id == variant_id) return &candidate;
    return nullptr;
}

host_api::Result<CatalogProduct> product_from_rest(const rapidjson::Value& json) {
    const rapidjson::Value* product = member(json, "product");
    if (product == nullptr) product = &json;
    if (!product->IsObject()) return host_api::permanent_error("a product must be a JSON object");
    CatalogProduct out;
    auto id = member_id(*product, "id");
    if (!id) return host_api::permanent_error("a product needs an integer \"id\"");
    out.id = *id;
    out.title = member_string(*product, "title").value_or("");
    out.body_html = member_string(*product, "body_html").value_or("");
    out.product_type = member_string(*product, "product_type").value_or("");
    if (const auto* variants = member(*product, "variants"); variants != nullptr && variants->IsArray()) {
        for (const auto& variant : variants->GetArray()) {
            auto variant_id = member_id(variant, "id");
            if (!variant_id)
                return host_api::permanent_error("product " + out.id + ": a variant needs an integer \"id\"");
            out.variants.push_back(CatalogVariant{*variant_id, member_string(variant, "sku"),
                                                  as_text(member(variant, "price")), member_string(variant, "title")});
        }
    }
    return out;
}

bool ProductCatalog::put(CatalogProduct product) {
    std::unique_lock lock(mutex_);
    const auto id = product.id;
    return products_.insert_or_assign(id, std::move(product)).second;
}

std::optional<CatalogProduct> ProductCatalog::find(const std::string& id) const {
    std::shared_lock lock(mutex_);
    const auto found = products_.find(id);
    if (found == products_.end()) return std::nullopt;
    return found->second;
}

std::size_t ProductCatalog::size() const {
    std::shared_lock lock(mutex_);
    return products_.size();
}

}  // namespace sim::shopify
