#include "plugin/shopify/access_token_source.hpp"

#include <algorithm>

#include <rapidjson/document.h>

namespace shopify {
namespace {

// A granted token is replaced this long before it expires, or at half its life when it
// is shorter, so no request goes out with a token about to lapse.
constexpr std::chrono::seconds k_refresh_margin{300};

std::string form_encoded(const std::string& text) {
    static const char* const hex = "0123456789ABCDEF";
    std::string out;
    for (const unsigned char c : text) {
        const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                           c == '_' || c == '.' || c == '~';
        if (plain) {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
    }
    return out;
}

std::string oauth_error(const std::string& body) {
    rapidjson::Document json;
    json.Parse(body.c_str(), body.size());
    if (!json.HasParseError() && json.IsObject() && json.HasMember("error") && json["error"].IsString())
        return json["error"].GetString();
    return "no reason given";
}

}  // namespace

AccessTokenSource::AccessTokenSource(StoreSettings settings, host_api::OutboundHttp& http,
                                     std::shared_ptr<spdlog::logger> logger)
    : settings_(std::move(settings)), http_(http), logger_(std::move(logger)) {}

host_api::Result<std::string> AccessTokenSource::token() {
    if (!uses_grant()) return settings_.token;
    std::lock_guard lock(mutex_);
    if (!fresh(Clock::now())) {
        if (auto granted = grant(); !granted) return granted.error();
    }
    return granted_;
}

bool AccessTokenSource::refused(const std::string& token) {
    if (!uses_grant()) return false;
    std::lock_guard lock(mutex_);
    if (token == granted_) granted_.clear();  // another thread may have replaced it already
    return true;
}

std::uint64_t AccessTokenSource::grants() const {
    std::lock_guard lock(mutex_);
    return grants_;
}

bool AccessTokenSource::fresh(Clock::time_point now) const {
    if (granted_.empty()) return false;
    const auto margin = std::min<std::chrono::seconds>(k_refresh_margin, lifetime_ / 2);
    return now < granted_at_ + lifetime_ - margin;
}

host_api::Result<void> AccessTokenSource::grant() {
    host_api::OutboundRequest request;
    request.method = "POST";
    request.url = settings_.api_base() + "/admin/oauth/access_token";
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    request.body = "grant_type=client_credentials&client_id=" + form_encoded(settings_.client_id) +
                   "&client_secret=" + form_encoded(settings_.client_secret);
    request.ca_file = settings_.ca_file;
    request.timeout = std::chrono::seconds(30);
    const auto asked_at = Clock::now();
    auto response = http_.send(request);
    if (!response) return response.error();
    if (response->status >= 500)
        return host_api::transient_error("shop " + settings_.domain + ": the access token request failed (HTTP " +
                                         std::to_string(response->status) + ")");
    if (response->status != 200)
        return host_api::permanent_error("shop " + settings_.domain + " refused the client id and secret (" +
                                         oauth_error(response->body) + ")");
    rapidjson::Document json;
    json.Parse(response->body.c_str(), response->body.size());
    const bool complete = !json.HasParseError() && json.IsObject() && json.HasMember("access_token") &&
                          json["access_token"].IsString() && json.HasMember("expires_in") &&
                          json["expires_in"].IsInt64();
    if (!complete)
        return host_api::transient_error("shop " + settings_.domain + ": the access token answer is incomplete");
    granted_ = json["access_token"].GetString();
    granted_at_ = asked_at;  // the lifetime counts from Shopify's answer, which came later
    lifetime_ = std::chrono::seconds(json["expires_in"].GetInt64());
    ++grants_;
    logger_->info("shop {}: access token granted for {} s", settings_.domain, lifetime_.count());
    return host_api::success();
}

}  // namespace shopify
