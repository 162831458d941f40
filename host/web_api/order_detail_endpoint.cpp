#include "host/web_api/order_detail_endpoint.hpp"

#include <charconv>

#include "host/web_api/order_json.hpp"
#include "host/web_api/request_reading.hpp"

namespace host::web_api {
namespace {

struct TypeAndStatus {
    std::string type;
    std::string status;
};

TypeAndStatus names_of(const std::vector<host_api::OrderType>& types, const host_api::Order& order) {
    TypeAndStatus names;
    for (const auto& type : types) {
        if (type.id != order.order_type_id) continue;
        names.type = type.name;
        for (const auto& status : type.statuses)
            if (status.id == order.status_id) names.status = status.name;
    }
    return names;
}

void write_client(JsonWriter& out, const std::optional<host_api::Contact>& client) {
    out.Key("client");
    if (!client) {
        out.Null();
        return;
    }
    out.StartObject();
    out.Key("name");
    out.String(client->first_name + (client->last_name.empty() ? "" : " " + client->last_name));
    out.Key("phone");
    out.String(client->phone);
    out.Key("email");
    out.String(client->email);
    out.Key("address");
    out.String(client->address);
    out.EndObject();
}

void write_items(JsonWriter& out, const std::vector<host_api::OrderItem>& items) {
    out.Key("items");
    out.StartArray();
    for (const auto& item : items) {
        out.StartObject();
        out.Key("id");
        out.Int64(item.id);
        out.Key("name");
        out.String(item.name);
        out.Key("article");
        out.String(item.article);
        out.Key("quantity");
        out.Int64(item.quantity);
        out.Key("price");
        out.String(host_api::format_amount(item.price));
        out.Key("written_off");
        out.Bool(item.written_off);
        out.EndObject();
    }
    out.EndArray();
}

void write_text(JsonWriter& out, const char* key, const std::string& value) {
    out.Key(key);
    out.String(value);
}

void write_waybill(JsonWriter& out, const host_api::Waybill& waybill,
                   const std::vector<host_api::WaybillStatusChange>& history) {
    out.StartObject();
    out.Key("id");
    out.Int64(waybill.id);
    for (const auto& [key, value] :
         {std::pair{"number", &waybill.number}, {"carrier", &waybill.carrier}, {"status", &waybill.status},
          {"status_code", &waybill.status_code}, {"recipient_name", &waybill.recipient_name},
          {"recipient_phone", &waybill.recipient_phone}, {"city", &waybill.city}, {"branch", &waybill.branch},
          {"sender_name", &waybill.sender_name}, {"sender_phone", &waybill.sender_phone},
          {"sender_city", &waybill.sender_city}, {"sender_branch", &waybill.sender_branch}})
        write_text(out, key, *value);
    out.Key("tracking_open");
    out.Bool(waybill.tracking_open);
    write_money(out, "cost", waybill.cost);
    write_time(out, "created_at", waybill.created_at);
    write_time(out, "updated_at", waybill.updated_at);
    out.Key("history");
    out.StartArray();
    for (const auto& change : history) {
        out.StartObject();
        write_text(out, "status_code", change.status_code);
        write_text(out, "status", change.status);
        write_time(out, "changed_at", change.changed_at);
        out.EndObject();
    }
    out.EndArray();
    out.EndObject();
}

void write_feed(JsonWriter& out, const std::vector<host_api::FeedComment>& comments) {
    out.Key("feed");
    out.StartArray();
    for (const auto& comment : comments) {
        out.StartObject();
        write_text(out, "author", comment.author);
        write_text(out, "text", comment.text);
        write_time(out, "created_at", comment.created_at);
        out.EndObject();
    }
    out.EndArray();
}

}  // namespace

Caller order_caller(const ApiAccess& access, store::HostStore& store, const host_api::HttpRequest& request,
                    const host_api::Order& order) {
    return access.caller(request, store.employees(), order.origin ? host_api::k_right_add_without_write_off : "");
}

std::optional<std::int64_t> OrderDetailEndpoint::refresh_wait(const host_api::Order& order) const {
    if (!order.origin) return std::nullopt;
    auto* plugin = plugin_();
    if (plugin == nullptr) return std::nullopt;
    auto wait = plugin->refresh_wait_seconds(order.id);
    if (!wait) return std::nullopt;
    return *wait;
}

host_api::Result<std::string> OrderDetailEndpoint::order_json(const host_api::Order& order) const {
    auto types = store_.orders().order_types();
    if (!types) return types.error();
    std::optional<host_api::Contact> client;
    if (order.client_id) {
        auto found = store_.contacts().contact(*order.client_id);
        if (!found) return found.error();
        client = *found;
    }
    auto waybills = store_.waybills().waybills_of_order(order.id);
    if (!waybills) return waybills.error();
    auto feed = store_.feed().comments(order.id);
    if (!feed) return feed.error();
    const auto names = names_of(*types, order);
    const auto wait = refresh_wait(order);
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("id");
    out.Int64(order.id);
    write_text(out, "number", order.number);
    write_text(out, "order_type", names.type);
    write_text(out, "status", names.status);
    write_time(out, "created_at", order.created_at);
    write_money(out, "total", order.total);
    write_client(out, client);
    write_store(out, order.origin);
    out.Key("refresh_wait_seconds");
    wait ? out.Int64(*wait) : out.Null();
    write_items(out, order.items);
    out.Key("waybills");
    out.StartArray();
    for (const auto& waybill : *waybills) {
        auto history = store_.waybills().status_history(waybill.id);
        if (!history) return history.error();
        write_waybill(out, waybill, *history);
    }
    out.EndArray();
    write_feed(out, *feed);
    out.EndObject();
    return std::string(buffer.GetString());
}

host_api::HttpResponse OrderDetailEndpoint::handle(const host_api::HttpRequest& request) const {
    const auto signed_in = access_.caller(request, store_.employees(), "");
    if (signed_in.refusal) return *signed_in.refusal;
    const auto id_text = query_parameter(request.query, "id");
    host_api::OrderId id = 0;
    if (std::from_chars(id_text.data(), id_text.data() + id_text.size(), id).ec != std::errc())
        return error_reply(400, "id is the order's number in the host");
    auto order = store_.orders().find_order(id);
    if (!order) return error_reply(500, order.error().message);
    if (!*order) return error_reply(404, "no order " + id_text);
    const auto caller = order_caller(access_, store_, request, **order);
    if (caller.refusal) return *caller.refusal;
    auto json = order_json(**order);
    if (!json) return error_reply(500, json.error().message);
    return json_reply(200, *json);
}

}  // namespace host::web_api
