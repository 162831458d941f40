#include "tests/sim/shopify/order_book.hpp"

#include <algorithm>
#include <mutex>

#include "tests/sim/shopify/json_fields.hpp"

namespace sim::shopify {
namespace {

void set_text(rapidjson::Document& order, const char* name, const std::string& value) {
    auto& allocator = order.GetAllocator();
    rapidjson::Value text(value.c_str(), static_cast<rapidjson::SizeType>(value.size()), allocator);
    const auto found = order.FindMember(name);
    if (found != order.MemberEnd()) {
        found->value = std::move(text);
    } else {
        order.AddMember(rapidjson::Value(name, allocator), std::move(text), allocator);
    }
}

// Strictly later than `previous`, so a consumer comparing updated_at sees every change,
// even two within one second.
host_api::Timestamp later_than(const rapidjson::Value& order, host_api::Timestamp now) {
    const auto previous = member_string(order, "updated_at");
    const auto parsed = previous ? host_api::parse_iso8601(*previous) : std::nullopt;
    return parsed ? std::max(now, *parsed + std::chrono::seconds(1)) : now;
}

OrderChange change_of(const std::string& id, bool created, const rapidjson::Document& order) {
    return OrderChange{id, created, member_string(order, "updated_at").value_or(""), to_json(order)};
}

}  // namespace

std::string OrderBook::rest_time(host_api::Timestamp time) {
    auto text = host_api::format_iso8601(time);
    text.pop_back();  // the "Z"
    return text + "+00:00";
}

host_api::Result<OrderChange> OrderBook::put(const rapidjson::Value& order, Stamp stamp, host_api::Timestamp now) {
    if (!order.IsObject()) return host_api::permanent_error("an order must be a JSON object");
    const auto id = member_id(order, "id");
    if (!id) return host_api::permanent_error("an order needs an integer \"id\"");
    auto stored = std::make_unique<rapidjson::Document>();
    stored->CopyFrom(order, stored->GetAllocator());

    std::unique_lock lock(mutex_);
    const auto existing = orders_.find(*id);
    const bool created = existing == orders_.end();
    if (stamp == Stamp::now) {
        // Reconciliation asks Shopify by updated_at: an order created with a past one
        // would never be listed, which real Shopify never lets happen.
        set_text(*stored, "updated_at", rest_time(created ? now : later_than(*existing->second, now)));
        if (!member_string(*stored, "created_at")) set_text(*stored, "created_at", rest_time(now));
    }
    auto change = change_of(*id, created, *stored);
    orders_.insert_or_assign(*id, std::move(stored));
    return change;
}

host_api::Result<OrderChange> OrderBook::cancel(const std::string& id, host_api::Timestamp now) {
    std::unique_lock lock(mutex_);
    const auto found = orders_.find(id);
    if (found == orders_.end()) return host_api::permanent_error("no order " + id);
    auto& order = *found->second;
    const auto when = later_than(order, now);
    set_text(order, "cancelled_at", rest_time(when));
    if (!member_string(order, "cancel_reason")) set_text(order, "cancel_reason", "other");
    set_text(order, "updated_at", rest_time(when));
    return change_of(id, false, order);
}

bool OrderBook::read(const std::string& id, const std::function<void(const rapidjson::Value&)>& reader) const {
    std::shared_lock lock(mutex_);
    const auto found = orders_.find(id);
    if (found == orders_.end()) return false;
    reader(*found->second);
    return true;
}

void OrderBook::each(const std::function<void(const std::string& id, const rapidjson::Value& order)>& visit) const {
    std::shared_lock lock(mutex_);
    for (const auto& [id, order] : orders_) visit(id, *order);
}

std::optional<std::string> OrderBook::rest_json(const std::string& id) const {
    std::shared_lock lock(mutex_);
    const auto found = orders_.find(id);
    if (found == orders_.end()) return std::nullopt;
    return to_json(*found->second);
}

std::size_t OrderBook::size() const {
    std::shared_lock lock(mutex_);
    return orders_.size();
}

}  // namespace sim::shopify
