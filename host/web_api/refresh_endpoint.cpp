#include "host/web_api/refresh_endpoint.hpp"

#include <rapidjson/document.h>

#include "host/web_api/json_reply.hpp"

namespace host::web_api {
namespace {

host_api::Result<std::vector<host_api::OrderId>> order_ids(const std::string& body) {
    rapidjson::Document json;
    json.Parse(body.c_str(), body.size());
    if (json.HasParseError() || !json.IsObject() || !json.HasMember("order_ids") || !json["order_ids"].IsArray())
        return host_api::permanent_error("the body must be {\"order_ids\": [order id, …]}");
    std::vector<host_api::OrderId> ids;
    for (const auto& id : json["order_ids"].GetArray()) {
        if (!id.IsInt64()) return host_api::permanent_error("order ids are whole numbers");
        ids.push_back(id.GetInt64());
    }
    if (ids.empty()) return host_api::permanent_error("no order to refresh");
    return ids;
}

std::string outcomes_json(const std::vector<host_api::RefreshOutcome>& outcomes) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartArray();
    for (const auto& outcome : outcomes) {
        out.StartObject();
        out.Key("order_id");
        out.Int64(outcome.order_id);
        out.Key("refreshed");
        out.Bool(outcome.refreshed);
        out.Key("retry_after_seconds");
        out.Int64(outcome.retry_after_seconds);
        out.Key("message");
        out.String(outcome.message);
        out.EndObject();
    }
    out.EndArray();
    return buffer.GetString();
}

}  // namespace

host_api::HttpResponse RefreshEndpoint::handle(const host_api::HttpRequest& request) const {
    const auto caller = access_.caller(request, store_.employees(), host_api::k_right_add_without_write_off);
    if (caller.refusal) return *caller.refusal;
    auto ids = order_ids(request.body);
    if (!ids) return error_reply(400, ids.error().message);
    auto* plugin = plugin_();
    if (plugin == nullptr) return error_reply(503, "no platform plugin is loaded");
    auto outcomes = plugin->refresh_orders(*ids, caller.employee->id);
    if (!outcomes) return error_reply(outcomes.error().transient ? 503 : 500, outcomes.error().message);
    return json_reply(200, outcomes_json(*outcomes));
}

}  // namespace host::web_api
