#include "plugin/sync/delivery_memory.hpp"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace shopify::sync {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void write_strings(Writer& out, const char* name, const std::vector<std::string>& values) {
    if (values.empty()) return;
    out.Key(name);
    out.StartArray();
    for (const auto& value : values) out.String(value);
    out.EndArray();
}

std::string text(const rapidjson::Value& object, const char* name) {
    const auto found = object.FindMember(name);
    return found != object.MemberEnd() && found->value.IsString() ? found->value.GetString() : "";
}

std::vector<std::string> strings(const rapidjson::Value& object, const char* name) {
    std::vector<std::string> out;
    const auto found = object.FindMember(name);
    if (found == object.MemberEnd() || !found->value.IsArray()) return out;
    for (const auto& value : found->value.GetArray())
        if (value.IsString()) out.emplace_back(value.GetString());
    return out;
}

}  // namespace

std::string delivery_to_json(const AppliedDelivery& applied) {
    const auto& d = applied.delivery;
    rapidjson::StringBuffer buffer;
    Writer out(buffer);
    out.StartObject();
    const std::pair<const char*, const std::string*> texts[] = {
        {"adapter", &applied.adapter_id},   {"carrier", &d.carrier},
        {"method_code", &d.method_code},    {"source", &d.source},
        {"carrier_identifier", &d.carrier_identifier}, {"currency", &d.cost.currency},
        {"name", &d.recipient.name},        {"phone", &d.recipient.phone},
        {"address", &d.recipient.address},  {"city", &d.recipient.city},
        {"zip", &d.recipient.zip},          {"country", &d.recipient.country},
        {"country_code", &d.recipient.country_code},
        {"np_city", &d.np_city},            {"np_branch", &d.np_branch},
        {"np_ttn", &d.np_ttn}};
    // An empty field is left out, and read back as empty: most deliveries fill few of them,
    // and the row is written on every import of an order.
    for (const auto& [name, value] : texts) {
        if (value->empty()) continue;
        out.Key(name);
        out.String(*value);
    }
    out.Key("cost");
    out.Int64(d.cost.minor_units);
    write_strings(out, "tracking_numbers", d.tracking_numbers);
    write_strings(out, "tracking_companies", d.tracking_companies);
    out.EndObject();
    return buffer.GetString();
}

std::optional<AppliedDelivery> delivery_from_json(const std::string& json) {
    rapidjson::Document doc;
    doc.Parse(json.c_str());
    if (doc.HasParseError() || !doc.IsObject()) return std::nullopt;
    AppliedDelivery applied;
    applied.adapter_id = text(doc, "adapter");
    auto& d = applied.delivery;
    d.carrier = text(doc, "carrier");
    d.method_code = text(doc, "method_code");
    d.source = text(doc, "source");
    d.carrier_identifier = text(doc, "carrier_identifier");
    d.cost.currency = text(doc, "currency");
    const auto cost = doc.FindMember("cost");
    if (cost != doc.MemberEnd() && cost->value.IsInt64()) d.cost.minor_units = cost->value.GetInt64();
    d.recipient = host_api::DeliveryRecipient{text(doc, "name"), text(doc, "phone"), text(doc, "address"),
                                              text(doc, "city"), text(doc, "zip"),   text(doc, "country"),
                                              text(doc, "country_code")};
    d.np_city = text(doc, "np_city");
    d.np_branch = text(doc, "np_branch");
    d.np_ttn = text(doc, "np_ttn");
    d.tracking_numbers = strings(doc, "tracking_numbers");
    d.tracking_companies = strings(doc, "tracking_companies");
    return applied;
}

host_api::Result<std::optional<AppliedDelivery>> recall_delivery(host_api::PluginState& state, const std::string& key) {
    auto value = state.get(key);
    if (!value) return value.error();
    if (!*value) return std::optional<AppliedDelivery>{};
    return delivery_from_json(**value);
}

host_api::Result<void> remember_delivery(host_api::PluginState& state, const std::string& key,
                                         const AppliedDelivery& applied) {
    return state.put(key, delivery_to_json(applied));
}

}  // namespace shopify::sync
