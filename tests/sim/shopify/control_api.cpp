#include "tests/sim/shopify/control_api.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include <spdlog/spdlog.h>

#include "tests/sim/shopify/control_reply.hpp"
#include "tests/sim/shopify/json_fields.hpp"
#include "tests/sim/shopify/operations/webhook_subscriptions.hpp"
#include "tests/sim/shopify/order_payloads.hpp"

namespace sim::shopify {
using common::json_reply;
using common::SimReply;

namespace {

// The body as a JSON object, or the 400 to answer.
std::optional<SimReply> parse_object(const host_api::HttpRequest& request, rapidjson::Document& json) {
    json.Parse(request.body.c_str(), request.body.size());
    if (json.HasParseError() || !json.IsObject()) return control_bad_request("the body must be a JSON object");
    return std::nullopt;
}

std::optional<double> number(const rapidjson::Value& object, const char* name) {
    const auto* value = member(object, name);
    return value != nullptr && value->IsNumber() ? std::optional(value->GetDouble()) : std::nullopt;
}

std::optional<bool> boolean(const rapidjson::Value& object, const char* name) {
    const auto* value = member(object, name);
    return value != nullptr && value->IsBool() ? std::optional(value->GetBool()) : std::nullopt;
}

// `name=true` (or `name=1`, or a bare `name`) among the query's `&`-separated parameters.
bool query_flag(const std::string& query, std::string_view name) {
    std::size_t start = 0;
    while (start <= query.size()) {
        const auto end = std::min(query.find('&', start), query.size());
        const std::string_view parameter(query.data() + start, end - start);
        if (parameter == name) return true;
        if (parameter.substr(0, name.size()) == name && parameter.size() > name.size() && parameter[name.size()] == '=') {
            const auto value = parameter.substr(name.size() + 1);
            return value == "true" || value == "1";
        }
        start = end + 1;
    }
    return false;
}

std::chrono::milliseconds milliseconds(double seconds) {
    return std::chrono::milliseconds(static_cast<long long>(std::llround(std::max(seconds, 0.0) * 1000)));
}

SimReply order_change_reply(int status, const OrderChange& change, const char* extra_time = nullptr,
                            const std::string& extra_value = "") {
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("id");
    write_number_text(out, change.id);
    out.Key("created");
    out.Bool(change.created);
    out.Key("updated_at");
    write_string(out, change.updated_at);
    if (extra_time != nullptr) {
        out.Key(extra_time);
        write_string(out, extra_value);
    }
    out.EndObject();
    return json_reply(status, buffer.GetString());
}

}  // namespace

ControlApi::ControlApi(OrderBook& orders, ProductCatalog& products, AccessTokens& tokens, ThrottleBucket& bucket,
                       FaultInjector& faults, WebhookDispatcher& webhooks, WebhookSender& sender,
                       WebhookSubscriptionRegistry& subscriptions, SimStats& stats)
    : orders_(orders),
      products_(products),
      tokens_(tokens),
      bucket_(bucket),
      faults_(faults),
      webhooks_(webhooks),
      sender_(sender),
      subscriptions_(subscriptions),
      stats_(stats) {}

void ControlApi::add_routes(common::RouteTable& routes) {
    routes.add("POST", "/_sim/products", [this](const auto& request, const auto&) { return post_product(request); });
    routes.add("POST", "/_sim/orders", [this](const auto& request, const auto&) { return post_order(request); });
    routes.add("GET", "/_sim/orders/*", [this](const auto&, const auto& captures) { return get_order(captures[0]); });
    routes.add("POST", "/_sim/orders/*/cancel",
               [this](const auto&, const auto& captures) { return cancel_order(captures[0]); });
    routes.add("GET", "/_sim/stats", [this](const auto&, const auto&) { return stats(); });
    routes.add("POST", "/_sim/faults", [this](const auto& request, const auto&) { return post_faults(request); });
    routes.add("GET", "/_sim/webhooks", [this](const auto&, const auto&) { return webhook_settings(); });
    routes.add("POST", "/_sim/webhooks", [this](const auto& request, const auto&) { return post_webhooks(request); });
    routes.add("POST", "/_sim/webhooks/flush",
               [this](const auto& request, const auto&) { return flush_webhooks(request); });
    routes.add("POST", "/_sim/webhooks/subscriptions/delete",
               [this](const auto& request, const auto&) { return delete_subscriptions(request); });
    routes.add("POST", "/_sim/tokens", [this](const auto& request, const auto&) { return post_tokens(request); });
    routes.add("POST", "/_sim/bucket", [this](const auto& request, const auto&) { return post_bucket(request); });
}

SimReply ControlApi::post_product(const host_api::HttpRequest& request) {
    rapidjson::Document json;
    if (auto refusal = parse_object(request, json)) return *refusal;
    auto product = product_from_rest(json);
    if (!product) return control_bad_request(product.error().message);
    const auto id = product->id;
    const bool created = products_.put(std::move(*product));
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("id");
    write_number_text(out, id);
    out.Key("created");
    out.Bool(created);
    out.EndObject();
    return json_reply(created ? 201 : 200, buffer.GetString());
}

SimReply ControlApi::post_order(const host_api::HttpRequest& request) {
    rapidjson::Document json;
    if (auto refusal = parse_object(request, json)) return *refusal;
    const auto orders = orders_in(json);
    if (orders.size() != 1) return control_bad_request("post one order: a REST order or {\"order\": …}");
    // Shopify stamps updated_at itself; only a test that needs a past one asks to keep it.
    const auto stamp = query_flag(request.query, "keep_updated_at") ? OrderBook::Stamp::as_given : OrderBook::Stamp::now;
    auto change = orders_.put(*orders.front(), stamp);
    if (!change) return control_bad_request(change.error().message);
    spdlog::debug("shopify-sim order {} {}", change->id, change->created ? "created" : "updated");
    webhooks_.publish(change->created ? "orders/create" : "orders/updated", change->body);
    return order_change_reply(change->created ? 201 : 200, *change);
}

SimReply ControlApi::get_order(const std::string& id) const {
    auto order = orders_.rest_json(id);
    if (!order) return json_reply(404, R"({"errors":"Not Found"})");
    return json_reply(200, "{\"order\":" + *order + "}");
}

SimReply ControlApi::cancel_order(const std::string& id) {
    auto change = orders_.cancel(id);
    if (!change) return json_reply(404, R"({"errors":"Not Found"})");
    webhooks_.publish("orders/cancelled", change->body);
    return order_change_reply(200, *change, "cancelled_at", change->updated_at);
}

SimReply ControlApi::stats() const { return json_reply(200, stats_.to_json()); }

SimReply ControlApi::post_faults(const host_api::HttpRequest& request) {
    rapidjson::Document json;
    if (auto refusal = parse_object(request, json)) return *refusal;
    FaultSettings settings;
    settings.rate = number(json, "rate").value_or(0);
    if (const auto* seed = member(json, "seed"); seed != nullptr && seed->IsUint64()) settings.seed = seed->GetUint64();
    if (const auto* kinds = member(json, "kinds")) {
        if (!kinds->IsArray()) return control_bad_request("\"kinds\" must be an array of \"429\", \"500\", \"drop\"");
        for (const auto& kind : kinds->GetArray()) {
            const auto fault = kind.IsString() ? parse_fault(kind.GetString()) : std::nullopt;
            if (!fault)
                return control_bad_request("unknown fault kind " + to_json(kind) + ": use \"429\", \"500\" or \"drop\"");
            settings.kinds.push_back(*fault);
        }
    }
    faults_.configure(settings);
    const auto now = faults_.settings();
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("rate");
    out.Double(now.rate);
    out.Key("kinds");
    out.StartArray();
    for (const auto kind : now.kinds) out.String(fault_name(kind));
    out.EndArray();
    out.Key("seed");
    out.Uint64(now.seed);
    out.EndObject();
    return json_reply(200, buffer.GetString());
}

SimReply ControlApi::post_webhooks(const host_api::HttpRequest& request) {
    rapidjson::Document json;
    if (auto refusal = parse_object(request, json)) return *refusal;
    const auto url = member_string(json, "url");
    if (member(json, "url") != nullptr && !url) return control_bad_request("\"url\" must be a string");
    const auto duplicate = number(json, "duplicate");
    webhooks_.update([&](WebhookSettings& settings) {
        if (auto enabled = boolean(json, "enabled")) settings.enabled = *enabled;
        if (duplicate) settings.duplicate = static_cast<int>(*duplicate);
        if (auto reorder = boolean(json, "reorder")) settings.reorder = *reorder;
        if (url) settings.url = *url;
    });
    if (auto refuse = boolean(json, "refuse_subscriptions")) subscriptions_.refuse_protected_topics(*refuse);
    auto schedule = sender_.schedule();
    if (auto retries = number(json, "retries")) schedule.retries = std::max(0, static_cast<int>(*retries));
    if (auto delay = number(json, "retry_delay_seconds")) schedule.first_delay = milliseconds(*delay);
    if (auto timeout = number(json, "timeout_seconds")) schedule.timeout = milliseconds(*timeout);
    sender_.set_schedule(schedule);
    return webhook_settings();
}

SimReply ControlApi::webhook_settings() const {
    const auto settings = webhooks_.settings();
    const auto schedule = sender_.schedule();
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("enabled");
    out.Bool(settings.enabled);
    out.Key("duplicate");
    out.Int(settings.duplicate);
    out.Key("reorder");
    out.Bool(settings.reorder);
    out.Key("url");
    write_string(out, settings.url);
    out.Key("held");
    out.Uint64(webhooks_.held());
    out.Key("retries");
    out.Int(schedule.retries);
    out.Key("retry_delay_seconds");
    out.Double(std::chrono::duration<double>(schedule.first_delay).count());
    out.Key("timeout_seconds");
    out.Double(std::chrono::duration<double>(schedule.timeout).count());
    out.Key("refuse_subscriptions");
    out.Bool(subscriptions_.refuses_protected_topics());
    out.Key("subscriptions");
    out.StartArray();
    for (const auto& subscription : subscriptions_.list()) write_webhook_subscription(out, subscription);
    out.EndArray();
    out.EndObject();
    return json_reply(200, buffer.GetString());
}

SimReply ControlApi::flush_webhooks(const host_api::HttpRequest& request) {
    std::optional<std::uint64_t> shuffle_seed;
    if (!request.body.empty()) {
        rapidjson::Document json;
        if (auto refusal = parse_object(request, json)) return *refusal;
        if (const auto* seed = member(json, "shuffle_seed")) {
            if (!seed->IsUint64()) return control_bad_request("\"shuffle_seed\" must be a non-negative integer");
            shuffle_seed = seed->GetUint64();
        }
    }
    return json_reply(200, "{\"flushed\":" + std::to_string(webhooks_.flush(shuffle_seed)) + "}");
}

SimReply ControlApi::delete_subscriptions(const host_api::HttpRequest& request) {
    rapidjson::Document json;
    if (auto refusal = parse_object(request, json)) return *refusal;
    std::size_t deleted = 0;
    if (boolean(json, "all").value_or(false)) {
        deleted = subscriptions_.remove_all();
    } else if (const auto id = member_string(json, "id")) {
        if (!subscriptions_.remove(*id)) return json_reply(404, R"({"errors":"Not Found"})");
        deleted = 1;
    } else {
        return control_bad_request("want {\"id\": \"gid://shopify/WebhookSubscription/…\"} or {\"all\": true}");
    }
    spdlog::debug("shopify-sim deleted {} webhook subscriptions by hand", deleted);
    return json_reply(200, "{\"deleted\":" + std::to_string(deleted) + "}");
}

SimReply ControlApi::post_tokens(const host_api::HttpRequest& request) {
    rapidjson::Document json;
    if (auto refusal = parse_object(request, json)) return *refusal;
    if (auto lifetime = number(json, "lifetime_seconds"))
        tokens_.set_lifetime(std::chrono::seconds(static_cast<long long>(*lifetime)));
    if (boolean(json, "expire_issued").value_or(false)) tokens_.expire_issued();
    return json_reply(200, "{\"lifetime_seconds\":" + std::to_string(tokens_.lifetime().count()) + "}");
}

SimReply ControlApi::post_bucket(const host_api::HttpRequest& request) {
    rapidjson::Document json;
    if (auto refusal = parse_object(request, json)) return *refusal;
    const auto available = number(json, "currently_available");
    const auto status = available ? bucket_.set_available(*available) : bucket_.status();
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("maximumAvailable");
    out.Double(status.maximum_available);
    out.Key("currentlyAvailable");
    out.Int64(static_cast<long long>(std::floor(status.currently_available)));
    out.Key("restoreRate");
    out.Double(status.restore_rate);
    out.EndObject();
    return json_reply(200, buffer.GetString());
}

}  // namespace sim::shopify
