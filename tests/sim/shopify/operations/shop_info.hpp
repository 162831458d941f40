#pragma once
// ShopInfo: shop { name currencyCode plan { displayName } }, the shop the plugin connects
// to: its name (the myshopify domain's first label), currency and plan.
#include "tests/sim/shopify/graphql_operation.hpp"

namespace sim::shopify {

GraphqlOperation shop_info_operation();

}  // namespace sim::shopify
