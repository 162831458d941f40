#pragma once
// The shop's Shopify plan: the size and restore rate of its GraphQL cost bucket, and
// whether personal customer data reaches an app at all.
#include <optional>
#include <string_view>

namespace sim::shopify {

enum class Plan { basic, grow, advanced, plus };

struct PlanLimits {
    double maximum_available = 0;  // points
    double restore_rate = 0;       // points per second
    // Basic-plan stores hand custom apps no protected customer data (name, address,
    // phone, email): those fields come back null with ACCESS_DENIED errors.
    bool withholds_customer_data = false;
};

PlanLimits limits_of(Plan plan);
std::optional<Plan> parse_plan(std::string_view name);
const char* plan_name(Plan plan);
// As shop { plan { displayName } } names it: "Basic", "Grow", "Advanced", "Shopify Plus".
const char* plan_display_name(Plan plan);

}  // namespace sim::shopify
