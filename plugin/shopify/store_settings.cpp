#include "plugin/shopify/store_settings.hpp"

#include <optional>

#include <rapidjson/document.h>

namespace shopify {
namespace {

std::string text(const rapidjson::Value& object, const char* name) {
    const auto found = object.FindMember(name);
    return found != object.MemberEnd() && found->value.IsString() ? found->value.GetString() : "";
}

// A whole number given as a JSON number or as its text (the CLI passes text).
std::optional<long long> whole_number(const rapidjson::Value& object, const char* name) {
    const auto found = object.FindMember(name);
    if (found == object.MemberEnd()) return std::nullopt;
    if (found->value.IsInt64()) return found->value.GetInt64();
    if (!found->value.IsString()) return std::nullopt;
    const std::string digits = found->value.GetString();
    if (digits.empty() || digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::stoll(digits);
}

}  // namespace

std::string StoreSettings::admin_order_url(const std::string& order_id) const {
    // "https://admin.shopify.com/store/<handle>/orders/<id>" is the admin's address today;
    // the shop's own /admin path redirects there and works for every shop.
    return "https://" + domain + "/admin/orders/" + order_id;
}

host_api::Result<StoreSettings> parse_store_settings(const host_api::StoreConnection& connection) {
    rapidjson::Document json;
    json.Parse(connection.settings_json.c_str());
    if (json.HasParseError() || !json.IsObject())
        return host_api::permanent_error("store connection " + std::to_string(connection.id) +
                                         ": settings are not a JSON object");
    StoreSettings settings;
    settings.connection_id = connection.id;
    settings.name = text(json, "name");
    settings.domain = text(json, "domain");
    settings.token = text(json, "token");
    settings.client_id = text(json, "client_id");
    settings.client_secret = text(json, "client_secret");
    settings.order_type = text(json, "order_type");
    settings.api_url = text(json, "api_url");
    while (!settings.api_url.empty() && settings.api_url.back() == '/') settings.api_url.pop_back();
    settings.ca_file = text(json, "ca_file");
    for (auto [field, target] : {std::pair{"np_city_attribute", &settings.np_city_attribute},
                                 {"np_branch_attribute", &settings.np_branch_attribute},
                                 {"np_ttn_attribute", &settings.np_ttn_attribute}}) {
        if (const auto value = text(json, field); !value.empty()) *target = value;
    }
    if (const auto seconds = whole_number(json, "reconcile_interval_seconds"); seconds && *seconds > 0)
        settings.reconcile_interval = std::chrono::seconds(*seconds);
    const auto identify_by = text(json, "identify_by");
    if (identify_by == "name")
        settings.identify_by = host_api::ProductKey::name;
    else if (identify_by == "product_id")
        settings.identify_by = host_api::ProductKey::code;
    else
        settings.identify_by = host_api::ProductKey::article;
    if (settings.name.empty() || settings.domain.empty())
        return host_api::permanent_error("store connection " + std::to_string(connection.id) + ": no name or domain");
    if (settings.token.empty() && settings.client_id.empty())
        return host_api::permanent_error("store connection " + std::to_string(connection.id) +
                                         ": neither an access token nor a client id");
    return settings;
}

}  // namespace shopify
