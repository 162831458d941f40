#include "tests/sim/shopify/plan.hpp"

namespace sim::shopify {

// "GraphQL Admin API rate limits" (shopify.dev): Standard plans restore 100 points/s,
// Advanced 200, Plus 1000; the bucket holds 20 seconds of restoring.
PlanLimits limits_of(Plan plan) {
    switch (plan) {
        case Plan::basic:
            return PlanLimits{2000, 100, true};
        case Plan::grow:
            return PlanLimits{2000, 100, false};
        case Plan::advanced:
            return PlanLimits{4000, 200, false};
        case Plan::plus:
            return PlanLimits{20000, 1000, false};
    }
    return PlanLimits{2000, 100, false};
}

std::optional<Plan> parse_plan(std::string_view name) {
    if (name == "basic") return Plan::basic;
    if (name == "grow") return Plan::grow;
    if (name == "advanced") return Plan::advanced;
    if (name == "plus") return Plan::plus;
    return std::nullopt;
}

const char* plan_name(Plan plan) {
    switch (plan) {
        case Plan::basic:
            return "basic";
        case Plan::grow:
            return "grow";
        case Plan::advanced:
            return "advanced";
        case Plan::plus:
            return "plus";
    }
    return "basic";
}

const char* plan_display_name(Plan plan) {
    switch (plan) {
        case Plan::basic:
            return "Basic";
        case Plan::grow:
            return "Grow";
        case Plan::advanced:
            return "Advanced";
        case Plan::plus:
            return "Shopify Plus";
    }
    return "Basic";
}

}  // namespace sim::shopify
