#pragma once
// Who the local shop is: its myshopify domain, currency and plan.
#include <string>

#include "tests/sim/shopify/plan.hpp"

namespace sim::shopify {

// The Admin API version webhooks are serialized with (X-Shopify-API-Version); the plugin
// pins the same one (plugin/shopify/graphql_operations.hpp).
inline constexpr const char* k_webhook_api_version = "2026-10";

struct ShopProfile {
    std::string domain;  // "sim-shop.myshopify.com"
    std::string currency = "UAH";
    Plan plan = Plan::grow;
    PlanLimits limits = limits_of(Plan::grow);
};

}  // namespace sim::shopify
