#include "host/web_api/nova_poshta_endpoint.hpp"

#include <algorithm>

#include "host/web_api/json_reply.hpp"
#include "host/web_api/request_reading.hpp"
#include "host/web_api/form_errors.hpp"

namespace host::web_api {
namespace {

constexpr const char* k_right = "manage_settings";

const std::pair<const char*, std::string host_api::NovaPoshtaSettings::*> k_sender_fields[] = {
    {"sender_name", &host_api::NovaPoshtaSettings::sender_name},
    {"sender_phone", &host_api::NovaPoshtaSettings::sender_phone},
    {"sender_city", &host_api::NovaPoshtaSettings::sender_city},
    {"sender_branch", &host_api::NovaPoshtaSettings::sender_branch},
};

void write_settings(JsonWriter& out, const host_api::NovaPoshtaSettings& settings,
                    const std::vector<std::string>& statuses) {
    out.StartObject();
    out.Key("enabled");
    out.Bool(settings.enabled);
    out.Key("api_key_set");
    out.Bool(!settings.api_key.empty());
    for (const auto& [key, field] : k_sender_fields) {
        out.Key(key);
        out.String(settings.*field);
    }
    out.Key("tracking_interval_seconds");
    out.Int(settings.tracking_interval_seconds);
    out.Key("rules");
    out.StartArray();
    for (const auto& rule : settings.status_rules) {
        out.StartObject();
        out.Key("status_code");
        out.String(rule.status_code);
        out.Key("order_status");
        out.String(rule.order_status);
        out.EndObject();
    }
    out.EndArray();
    out.Key("order_statuses");
    out.StartArray();
    for (const auto& status : statuses) out.String(status);
    out.EndArray();
    out.EndObject();
}

// The rules of the body; a rule's problem goes into `errors`.
std::vector<host_api::NovaPoshtaStatusRule> rules_of(const rapidjson::Value& body,
                                                     const std::vector<std::string>& statuses,
                                                     std::vector<connections::FieldError>& errors) {
    std::vector<host_api::NovaPoshtaStatusRule> rules;
    const auto found = body.FindMember("rules");
    if (found == body.MemberEnd() || !found->value.IsArray()) return rules;
    for (const auto& rule : found->value.GetArray()) {
        if (!rule.IsObject()) continue;
        host_api::NovaPoshtaStatusRule read{text_member(rule, "status_code"), text_member(rule, "order_status")};
        if (read.status_code.empty() && read.order_status.empty()) continue;  // an empty row
        if (read.status_code.empty() || read.status_code.find_first_not_of("0123456789") != std::string::npos)
            errors.push_back({"rules", "a rule's Nova Poshta status code is a number, e.g. 9", "pattern"});
        else if (std::find(statuses.begin(), statuses.end(), read.order_status) == statuses.end())
            errors.push_back({"rules", "no order status named '" + read.order_status + "'", "enum"});
        else
            rules.push_back(read);
    }
    return rules;
}

}  // namespace

host_api::Result<std::vector<std::string>> NovaPoshtaEndpoint::order_statuses() const {
    auto types = store_.orders().order_types();
    if (!types) return types.error();
    std::vector<std::string> names;
    for (const auto& type : *types)
        for (const auto& status : type.statuses)
            if (std::find(names.begin(), names.end(), status.name) == names.end()) names.push_back(status.name);
    return names;
}

host_api::HttpResponse NovaPoshtaEndpoint::show(const host_api::HttpRequest& request) const {
    const auto caller = access_.caller(request, store_.employees(), k_right);
    if (caller.refusal) return *caller.refusal;
    auto settings = store_.nova_poshta().nova_poshta_settings();
    if (!settings) return error_reply(500, settings.error().message);
    auto statuses = order_statuses();
    if (!statuses) return error_reply(500, statuses.error().message);
    return json_document(200, [&](JsonWriter& out) { write_settings(out, *settings, *statuses); });
}

host_api::HttpResponse NovaPoshtaEndpoint::save(const host_api::HttpRequest& request) const {
    const auto caller = access_.caller(request, store_.employees(), k_right);
    if (caller.refusal) return *caller.refusal;
    auto body = json_object_body(request);
    if (!body) return error_reply(400, body.error().message);
    auto settings = store_.nova_poshta().nova_poshta_settings();
    if (!settings) return error_reply(500, settings.error().message);
    auto statuses = order_statuses();
    if (!statuses) return error_reply(500, statuses.error().message);
    std::vector<connections::FieldError> errors;
    if (const auto enabled = body->FindMember("enabled"); enabled != body->MemberEnd() && enabled->value.IsBool())
        settings->enabled = enabled->value.GetBool();
    if (const auto key = text_member(*body, "api_key"); !key.empty()) settings->api_key = key;
    for (const auto& [key, field] : k_sender_fields)
        if (body->HasMember(key)) (*settings).*field = text_member(*body, key);
    // Checked only when changed: the host may have set a shorter one itself (the demo's 1 s).
    const auto seconds = whole_number_member(*body, "tracking_interval_seconds");
    if (body->HasMember("tracking_interval_seconds") && seconds != settings->tracking_interval_seconds) {
        if (!seconds || *seconds < k_min_tracking_seconds)
            errors.push_back({"tracking_interval_seconds", "the tracking interval is at least 10 seconds", "minimum",
                              std::to_string(k_min_tracking_seconds)});
        else if (*seconds > k_max_tracking_seconds)
            errors.push_back({"tracking_interval_seconds", "the tracking interval is at most a day", "maximum",
                              std::to_string(k_max_tracking_seconds)});
        else
            settings->tracking_interval_seconds = static_cast<int>(*seconds);
    }
    if (body->HasMember("rules")) settings->status_rules = rules_of(*body, *statuses, errors);
    if (settings->enabled && settings->api_key.empty())
        errors.push_back({"api_key", "the API key is required to turn the integration on", "required"});
    if (!errors.empty()) return invalid_reply(errors);
    if (auto saved = store_.nova_poshta().save(*settings); !saved) return error_reply(500, saved.error().message);
    return json_document(200, [&](JsonWriter& out) { write_settings(out, *settings, *statuses); });
}

}  // namespace host::web_api
