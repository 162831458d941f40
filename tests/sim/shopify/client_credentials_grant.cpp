#include "tests/sim/shopify/client_credentials_grant.hpp"

#include <map>

#include <openssl/crypto.h>

#include "tests/sim/shopify/json_fields.hpp"

namespace sim::shopify {
using common::json_reply;
using common::SimReply;

namespace {

constexpr const char* k_scope = "read_orders,read_products,read_customers";

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string form_decode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out.push_back(' ');
        } else if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
                   hex_value(text[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2])));
            i += 2;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

std::map<std::string, std::string> form_fields(std::string_view body) {
    std::map<std::string, std::string> fields;
    while (!body.empty()) {
        const auto amp = body.find('&');
        const auto pair = body.substr(0, amp);
        const auto equals = pair.find('=');
        if (equals != std::string_view::npos)
            fields[form_decode(pair.substr(0, equals))] = form_decode(pair.substr(equals + 1));
        if (amp == std::string_view::npos) break;
        body.remove_prefix(amp + 1);
    }
    return fields;
}

std::map<std::string, std::string> request_fields(const host_api::HttpRequest& request) {
    const auto type = request.header("Content-Type").value_or("");
    const auto first = request.body.find_first_not_of(" \t\r\n");
    if (type.find("json") != std::string::npos || (first != std::string::npos && request.body[first] == '{')) {
        std::map<std::string, std::string> fields;
        rapidjson::Document json;
        json.Parse(request.body.c_str(), request.body.size());
        if (json.HasParseError() || !json.IsObject()) return fields;
        for (const char* name : {"client_id", "client_secret", "grant_type"})
            if (auto value = member_string(json, name)) fields[name] = *value;
        return fields;
    }
    return form_fields(request.body);
}

SimReply oauth_error(const char* code) { return json_reply(400, std::string("{\"error\":\"") + code + "\"}"); }

}  // namespace

ClientCredentialsGrant::ClientCredentialsGrant(std::string client_secret, AccessTokens& tokens)
    : client_secret_(std::move(client_secret)), tokens_(tokens) {}

SimReply ClientCredentialsGrant::answer(const host_api::HttpRequest& request) const {
    auto fields = request_fields(request);
    if (fields["grant_type"] != "client_credentials") return oauth_error("unsupported_grant_type");
    if (fields["client_id"].empty()) return oauth_error("invalid_request");
    const auto& secret = fields["client_secret"];
    if (client_secret_.empty() || secret.size() != client_secret_.size() ||
        CRYPTO_memcmp(secret.data(), client_secret_.data(), secret.size()) != 0)
        return oauth_error("invalid_client");

    const auto token = tokens_.issue();
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("access_token");
    write_string(out, token.access_token);
    out.Key("scope");
    out.String(k_scope);
    out.Key("expires_in");
    out.Int64(token.expires_in.count());
    out.EndObject();
    return json_reply(200, buffer.GetString());
}

}  // namespace sim::shopify
