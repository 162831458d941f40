#include "shipping_adapters/nova_poshta/status_rule.hpp"

#include <algorithm>

#include "shipping_adapters/nova_poshta/carrier.hpp"

namespace adapters::nova_poshta {

host_api::Result<std::optional<std::string>> apply_status_rule(host_api::HostContext& host,
                                                               const std::vector<host_api::NovaPoshtaStatusRule>& rules,
                                                               const StatusChange& change) {
    const auto rule = std::find_if(rules.begin(), rules.end(), [&](const host_api::NovaPoshtaStatusRule& r) {
        return r.status_code == change.status_code;
    });
    if (rule == rules.end()) return std::optional<std::string>();

    auto order = host.orders.find_order(change.order_id);
    if (!order) return order.error();
    if (!*order) return host_api::permanent_error("no order " + std::to_string(change.order_id));
    auto types = host.orders.order_types();
    if (!types) return types.error();
    const auto type = std::find_if(types->begin(), types->end(),
                                   [&](const host_api::OrderType& t) { return t.id == (*order)->order_type_id; });
    if (type == types->end())
        return host_api::permanent_error("order " + (*order)->number + " has an unknown order type");
    const auto status = std::find_if(type->statuses.begin(), type->statuses.end(),
                                     [&](const host_api::OrderStatus& s) { return s.name == rule->order_status; });
    if (status == type->statuses.end())
        return host_api::permanent_error("the status rule for code " + rule->status_code + " names \"" +
                                         rule->order_status + "\", which is no status of order type \"" +
                                         type->name + "\"");
    if ((*order)->status_id == status->id) return std::optional<std::string>();

    if (auto set = host.orders.set_status(change.order_id, status->id); !set) return set.error();
    auto commented = host.feed.add_comment(change.order_id, k_feed_author, status_rule_comment(change, status->name));
    if (!commented) return commented.error();
    return std::optional<std::string>(status->name);
}

std::string status_rule_comment(const StatusChange& change, const std::string& order_status) {
    const std::string status = change.status.empty() ? "status" : change.status;
    return "Nova Poshta: " + status + " (code " + change.status_code + ") — order moved to " + order_status;
}

}  // namespace adapters::nova_poshta
