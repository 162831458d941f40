#include "tests/sim/shopify/operations/shop_info.hpp"

#include "tests/sim/shopify/json_fields.hpp"
#include "tests/sim/shopify/query_cost.hpp"

namespace sim::shopify {
namespace {

// "sim-shop.myshopify.com" is the shop "sim-shop": the local shop has no other name.
std::string shop_name(const std::string& domain) { return domain.substr(0, domain.find('.')); }

CostEstimate estimate(const OperationContext&) { return CostEstimate{query_cost::shop_info(), {}}; }

OperationResult run(const OperationContext& context) {
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("shop");
    out.StartObject();
    out.Key("name");
    write_string(out, shop_name(context.shop.domain));
    out.Key("currencyCode");
    write_string(out, context.shop.currency);
    out.Key("plan");
    out.StartObject();
    out.Key("displayName");
    out.String(plan_display_name(context.shop.plan));
    out.EndObject();
    out.EndObject();
    out.EndObject();
    return OperationResult{buffer.GetString(), {}, query_cost::shop_info()};
}

}  // namespace

GraphqlOperation shop_info_operation() { return GraphqlOperation{"ShopInfo", &estimate, &run}; }

}  // namespace sim::shopify
