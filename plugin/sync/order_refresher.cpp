#include "plugin/sync/order_refresher.hpp"

#include <set>

namespace shopify::sync {

std::string wait_text(std::chrono::seconds wait) {
    const auto minutes = wait.count() / 60;
    const auto seconds = wait.count() % 60;
    if (minutes == 0) return std::to_string(seconds) + " s";
    return std::to_string(minutes) + " min" + (seconds != 0 ? " " + std::to_string(seconds) + " s" : "");
}

host_api::Result<OrderRefresher::Asked> OrderRefresher::look_up(host_api::OrderId order) {
    Asked asked;
    asked.outcome.order_id = order;
    auto found = host_.orders.find_order(order);
    if (!found) return found.error();
    if (!*found) {
        asked.outcome.message = "no order " + std::to_string(order);
    } else if (!(*found)->origin) {
        asked.outcome.message = "order " + (*found)->number + " was created in the host: there is nothing to refresh";
    } else if (auto store = stores_.find_by_name((*found)->origin->store); !store) {
        asked.outcome.message =
            "the store " + (*found)->origin->store + " of order " + (*found)->number + " is not connected";
    } else {
        asked.store = *store;
        asked.external_id = (*found)->origin->external_id;
    }
    return asked;
}

host_api::Result<std::int64_t> OrderRefresher::wait_seconds(host_api::OrderId order) {
    auto asked = look_up(order);
    if (!asked) return asked.error();
    if (!asked->store) return std::int64_t{0};
    auto wait = limits_.order_wait(asked->store->connection_id, asked->external_id, host_api::now());
    if (!wait) return wait.error();
    return static_cast<std::int64_t>(wait->count());
}

host_api::Result<void> OrderRefresher::refresh_one(Asked& asked, host_api::Timestamp now) {
    auto wait = limits_.order_wait(asked.store->connection_id, asked.external_id, now);
    if (!wait) return wait.error();
    if (wait->count() > 0) {
        asked.outcome.retry_after_seconds = wait->count();
        asked.outcome.message = "refreshed less than 10 minutes ago; try again in " + wait_text(*wait);
        return host_api::success();
    }
    if (auto added = inbox_.add(asked.store->connection_id, asked.external_id, "refresh"); !added) return added.error();
    if (auto noted = limits_.note_order(asked.store->connection_id, asked.external_id, now); !noted)
        return noted.error();
    asked.outcome.refreshed = true;
    asked.outcome.message = "fetching the current state from Shopify";
    return host_api::success();
}

// "Update orders" on a selection: refused for every store where this employee used it
// less than 10 minutes ago.
host_api::Result<void> OrderRefresher::refuse_selection(std::vector<Asked>& asked, host_api::EmployeeId employee,
                                                        host_api::Timestamp now, bool& refused_any) {
    for (auto& one : asked) {
        if (!one.store) continue;
        auto wait = limits_.selection_wait(employee, one.store->connection_id, now);
        if (!wait) return wait.error();
        if (wait->count() == 0) continue;
        one.outcome.retry_after_seconds = wait->count();
        one.outcome.message = "Update orders was used for " + one.store->name +
                              " less than 10 minutes ago; try again in " + wait_text(*wait);
        one.store.reset();
        refused_any = true;
    }
    return host_api::success();
}

host_api::Result<std::vector<host_api::RefreshOutcome>> OrderRefresher::refresh(
    const std::vector<host_api::OrderId>& orders, host_api::EmployeeId employee) {
    const auto now = host_api::now();
    std::vector<Asked> asked;
    for (const auto order : orders) {
        auto one = look_up(order);
        if (!one) return one.error();
        asked.push_back(std::move(*one));
    }
    const bool selection = orders.size() > 1;
    bool refused_any = false;
    if (selection) {
        if (auto checked = refuse_selection(asked, employee, now, refused_any); !checked) return checked.error();
    }
    std::set<host_api::ConnectionId> refreshed_stores;
    for (auto& one : asked) {
        if (!one.store) continue;
        if (auto done = refresh_one(one, now); !done) return done.error();
        if (one.outcome.refreshed) refreshed_stores.insert(one.store->connection_id);
    }
    for (const auto store : refreshed_stores) {
        if (!selection) break;
        if (auto noted = limits_.note_selection(employee, store, now); !noted) return noted.error();
    }
    if (!refreshed_stores.empty()) wake_worker_();
    std::vector<host_api::RefreshOutcome> outcomes;
    for (auto& one : asked) outcomes.push_back(std::move(one.outcome));
    return outcomes;
}

}  // namespace shopify::sync
