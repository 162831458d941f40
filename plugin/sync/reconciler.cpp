#include "plugin/sync/reconciler.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "plugin/shopify/graphql_operations.hpp"
#include "plugin/shopify/json_reading.hpp"
#include "plugin/shopify/order.hpp"
#include "plugin/sync/order_memory.hpp"

namespace shopify::sync {
namespace {

using Clock = std::chrono::system_clock;

std::string cursor_key(host_api::ConnectionId store) { return state_key("reconcile", store, "cursor"); }
std::string deep_key(host_api::ConnectionId store) { return state_key("reconcile", store, "deep"); }

std::string page_variables(host_api::Timestamp since, const std::optional<std::string>& after) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    out.Key("first");
    out.Int(k_updated_orders_page);
    out.Key("after");
    if (after)
        out.String(*after);
    else
        out.Null();
    out.Key("query");
    out.String("updated_at:>='" + host_api::format_iso8601(since) + "'");
    out.EndObject();
    return buffer.GetString();
}

host_api::Result<std::optional<host_api::Timestamp>> stored_time(host_api::PluginState& state, const std::string& key) {
    auto value = state.get(key);
    if (!value) return value.error();
    if (!*value) return std::optional<host_api::Timestamp>{};
    return host_api::parse_iso8601(**value);
}

}  // namespace

host_api::Result<host_api::Timestamp> Reconciler::round_start(const StoreSettings& store, host_api::Timestamp now,
                                                              bool& deep) {
    auto cursor = stored_time(host_.state, cursor_key(store.connection_id));
    auto last_deep = stored_time(host_.state, deep_key(store.connection_id));
    if (!cursor) return cursor.error();
    if (!last_deep) return last_deep.error();
    deep = !*last_deep || now - **last_deep >= k_deep_every;
    const auto from = cursor->value_or(now);
    return std::chrono::time_point_cast<std::chrono::seconds>(
        from - (deep ? Clock::duration(k_deep_overlap) : Clock::duration(k_overlap)));
}

host_api::Result<ReconcileRound> Reconciler::run(const StoreSettings& store, GraphqlClient& client) {
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(Clock::now());
    bool deep = false;
    auto since = round_start(store, now, deep);
    if (!since) return since.error();
    ReconcileRound round;
    std::optional<std::string> after;
    host_api::Timestamp newest = *since;
    do {
        auto answer = client.execute(k_updated_orders, k_updated_orders_query, page_variables(*since, after),
                                     k_updated_orders_cost);
        if (!answer) return answer.error();
        const auto* orders = member(answer->document["data"], "orders");
        const auto* nodes = orders != nullptr ? member(*orders, "nodes") : nullptr;
        if (nodes == nullptr || !nodes->IsArray())
            return host_api::transient_error("shop " + store.domain + ": the changed orders came without nodes");
        for (const auto& node : nodes->GetArray()) {
            const auto* id = member(node, "id");
            const auto* updated_text = member(node, "updatedAt");
            if (id == nullptr || !id->IsString() || updated_text == nullptr || !updated_text->IsString()) continue;
            const auto updated = host_api::parse_iso8601(updated_text->GetString());
            if (!updated) continue;
            ++round.listed;
            auto queued = queue_if_newer(store, numeric_id(id->GetString()), *updated);
            if (!queued) return queued.error();
            round.queued += *queued ? 1 : 0;
            newest = std::max(newest, *updated);
        }
        // Everything up to `newest` is imported or in the inbox: the next round starts there.
        if (auto saved = save_cursor(store, newest); !saved) return saved.error();
        const auto* page = member(*orders, "pageInfo");
        const auto* more = page != nullptr ? member(*page, "hasNextPage") : nullptr;
        const auto* end = page != nullptr ? member(*page, "endCursor") : nullptr;
        after = more != nullptr && more->IsBool() && more->GetBool() && end != nullptr && end->IsString()
                    ? std::optional<std::string>(end->GetString())
                    : std::nullopt;
    } while (after);
    // The whole list up to `now` is in: the next round may start there (less the overlap).
    if (auto saved = save_cursor(store, std::max(newest, now)); !saved) return saved.error();
    if (deep) {
        if (auto saved = host_.state.put(deep_key(store.connection_id), host_api::format_iso8601(now)); !saved)
            return saved.error();
    }
    return round;
}

host_api::Result<void> Reconciler::begin_at(host_api::PluginState& state, host_api::ConnectionId store,
                                            host_api::Timestamp start) {
    if (auto saved = state.put(cursor_key(store), host_api::format_iso8601(start)); !saved) return saved;
    return state.put(deep_key(store), host_api::format_iso8601(start));
}

host_api::Result<bool> Reconciler::queue_if_newer(const StoreSettings& store, const std::string& order_id,
                                                  host_api::Timestamp updated_at) {
    auto memory = recall_order(host_.state, store.connection_id, order_id);
    if (!memory) return memory.error();
    if (*memory && (*memory)->updated_at >= updated_at) return false;
    if (auto added = inbox_.add(store.connection_id, order_id, "reconciliation"); !added) return added.error();
    return true;
}

host_api::Result<void> Reconciler::save_cursor(const StoreSettings& store, host_api::Timestamp cursor) {
    return host_.state.put(cursor_key(store.connection_id), host_api::format_iso8601(cursor));
}

}  // namespace shopify::sync
