#include "plugin/shopify/webhook_payload.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "plugin/shopify/order.hpp"

namespace shopify {
namespace {

// An id as JSON gives it: a number (read as uint64, never as double) or a string.
std::string id_text(const rapidjson::Value& value) {
    if (value.IsUint64()) return std::to_string(value.GetUint64());
    if (value.IsString()) return numeric_id(value.GetString());
    return {};
}

const rapidjson::Value* member(const rapidjson::Value& object, const char* name) {
    if (!object.IsObject()) return nullptr;
    const auto found = object.FindMember(name);
    return found == object.MemberEnd() ? nullptr : &found->value;
}

}  // namespace

host_api::Result<WebhookPayload> read_webhook_payload(std::string_view topic, std::string_view body) {
    rapidjson::Document json;
    json.Parse(body.data(), body.size());
    if (json.HasParseError())
        return host_api::permanent_error(std::string("malformed JSON: ") + rapidjson::GetParseError_En(json.GetParseError()) +
                                         " at offset " + std::to_string(json.GetErrorOffset()));
    if (!json.IsObject()) return host_api::permanent_error("malformed payload: not a JSON object");
    const rapidjson::Value* order = &json;
    const char* id_field = "id";
    if (topic == "orders/edited") {
        order = member(json, "order_edit");
        id_field = "order_id";
        if (order == nullptr) return host_api::permanent_error("incomplete payload: no order_edit");
    }
    WebhookPayload payload;
    if (const auto* id = member(*order, id_field)) payload.order_id = id_text(*id);
    if (payload.order_id.empty()) {
        if (const auto* gid = member(*order, "admin_graphql_api_id")) payload.order_id = id_text(*gid);
    }
    if (payload.order_id.empty() || payload.order_id.find_first_not_of("0123456789") != std::string::npos)
        return host_api::permanent_error(std::string("incomplete payload: no order ") + id_field);
    if (const auto* updated = member(*order, "updated_at"); updated != nullptr && updated->IsString())
        payload.updated_at = host_api::parse_iso8601(updated->GetString());
    return payload;
}

}  // namespace shopify
