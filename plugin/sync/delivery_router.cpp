#include "plugin/sync/delivery_router.hpp"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "plugin/sync/delivery_memory.hpp"
#include "plugin/sync/order_memory.hpp"

namespace shopify::sync {
namespace {

std::string applied_key(const StoreSettings& store, const std::string& order_id) {
    return state_key("delivery", store.connection_id, order_id);
}

std::string pending_prefix(const StoreSettings& store) {
    return "delivery-pending/" + std::to_string(store.connection_id) + "/";
}

// A pending delivery keeps its target with it: {"order": id, "number": "#1001", "delivery": {…}}.
std::string pending_value(const host_api::DeliveryTarget& target, const host_api::Delivery& delivery) {
    rapidjson::Document doc(rapidjson::kObjectType);
    auto& allocator = doc.GetAllocator();
    rapidjson::Document applied(&allocator);
    applied.Parse(delivery_to_json({"", delivery}).c_str());
    doc.AddMember("order", target.order_id, allocator);
    doc.AddMember("number", rapidjson::Value(target.order_number.c_str(), allocator), allocator);
    doc.AddMember("delivery", rapidjson::Value(applied, allocator), allocator);
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    doc.Accept(out);
    return buffer.GetString();
}

std::optional<std::pair<host_api::DeliveryTarget, host_api::Delivery>> parse_pending(const std::string& json,
                                                                                     const std::string& store_name) {
    rapidjson::Document doc;
    doc.Parse(json.c_str());
    if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("delivery") || !doc["order"].IsInt64())
        return std::nullopt;
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    doc["delivery"].Accept(out);
    auto applied = delivery_from_json(buffer.GetString());
    if (!applied) return std::nullopt;
    const std::string number = doc["number"].IsString() ? doc["number"].GetString() : "";
    return std::pair{host_api::DeliveryTarget{doc["order"].GetInt64(), number, store_name}, applied->delivery};
}

}  // namespace

host_api::Result<void> DeliveryRouter::route(const StoreSettings& store, const std::string& order_id,
                                             const host_api::DeliveryTarget& target,
                                             const std::optional<host_api::Delivery>& delivery) {
    if (!delivery) return host_api::success();
    // A savepoint: an adapter that fails half-way leaves none of its writes behind.
    auto unit = host_.transactions.begin();
    if (!unit) return unit.error();
    auto applied = apply(store, order_id, target, *delivery);
    if (applied) {
        if (auto done = host_.state.erase(pending_prefix(store) + order_id); !done) return done.error();
        return (*unit)->commit();
    }
    unit->reset();  // roll back the adapter's writes, keep the order's
    host_.logger->warn("store {}: delivery of order {} kept for later: {}", store.name, target.order_number,
                       applied.error().message);
    return host_.state.put(pending_prefix(store) + order_id, pending_value(target, *delivery));
}

host_api::Result<void> DeliveryRouter::apply(const StoreSettings& store, const std::string& order_id,
                                             const host_api::DeliveryTarget& target,
                                             const host_api::Delivery& delivery) {
    const auto key = applied_key(store, order_id);
    auto previous = recall_delivery(host_.state, key);
    if (!previous) return previous.error();
    const auto choice = host_.adapters.adapter_for(delivery);
    const std::string& adapter_id = choice.adapter_id;
    if (adapter_id.empty()) return host_api::permanent_error("no shipping adapter takes \"" + delivery.carrier + "\"");
    const auto& before = *previous;
    if (before && before->adapter_id == adapter_id && before->delivery == delivery) return host_api::success();
    if (!choice.passed_over.empty())
        host_.logger->info("store {}: delivery of order {} goes to {}: {}", store.name, target.order_number, adapter_id,
                           choice.passed_over);
    if (before && before->adapter_id != adapter_id) {
        auto old_adapter = host_.adapters.adapter(before->adapter_id);
        if (!old_adapter) return old_adapter.error();
        if (auto withdrawn = (*old_adapter)->withdraw(target, before->delivery); !withdrawn) return withdrawn.error();
    }
    auto adapter = host_.adapters.adapter(adapter_id);
    if (!adapter) return adapter.error();
    const std::optional<host_api::Delivery> same_adapter_before =
        before && before->adapter_id == adapter_id ? std::optional(before->delivery) : std::nullopt;
    if (auto done = (*adapter)->apply(target, delivery, same_adapter_before); !done) return done.error();
    return remember_delivery(host_.state, key, AppliedDelivery{adapter_id, delivery});
}

void DeliveryRouter::retry_pending(const StoreSettings& store) {
    auto pending = host_.state.entries(pending_prefix(store));
    if (!pending) return;
    for (const auto& [key, value] : *pending) {
        const std::string order_id = key.substr(pending_prefix(store).size());
        const auto parsed = parse_pending(value, store.name);
        if (!parsed) continue;
        auto unit = host_.transactions.begin();
        if (!unit) return;
        if (!apply(store, order_id, parsed->first, parsed->second)) continue;  // still not possible: later
        if (host_.state.erase(key) && (*unit)->commit())
            host_.logger->info("store {}: pending delivery of order {} applied", store.name,
                               parsed->first.order_number);
    }
}

host_api::Result<std::size_t> DeliveryRouter::pending_count(const StoreSettings& store) {
    auto pending = host_.state.entries(pending_prefix(store));
    if (!pending) return pending.error();
    return pending->size();
}

}  // namespace shopify::sync
