#include "host/http/outbound_message.hpp"

#include <algorithm>
#include <string_view>
#include <utility>

namespace host::http {
namespace beast_http = boost::beast::http;

namespace {

// RFC 9110 5.6.2 token characters.
bool is_token(std::string_view text) {
    constexpr std::string_view extra = "!#$%&'*+-.^_`|~";
    return !text.empty() && std::all_of(text.begin(), text.end(), [&](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               extra.find(c) != std::string_view::npos;
    });
}

bool is_field_value(std::string_view value) { return value.find_first_of("\r\n\0", 0, 3) == std::string_view::npos; }

bool is_framing(std::string_view name) {
    const auto field = beast_http::string_to_field({name.data(), name.size()});
    return field == beast_http::field::content_length || field == beast_http::field::transfer_encoding ||
           field == beast_http::field::connection;
}

}  // namespace

host_api::Result<OutboundBeastRequest> to_beast_request(const OutboundUrl& url,
                                                        const host_api::OutboundRequest& request) {
    if (!is_token(request.method))
        return host_api::permanent_error("outbound request to " + url.host + " has an invalid method");
    OutboundBeastRequest result;
    result.version(11);
    const auto verb = beast_http::string_to_verb(request.method);
    if (verb == beast_http::verb::unknown) {
        result.method_string(request.method);
    } else {
        result.method(verb);
    }
    result.target(url.target);
    for (const auto& [name, value] : request.headers) {
        if (!is_token(name))
            return host_api::permanent_error("outbound request to " + url.host + " has an invalid header name");
        if (!is_field_value(value)) {
            return host_api::permanent_error("outbound header \"" + name + "\" to " + url.host +
                                             " has an invalid value");
        }
        if (!is_framing(name)) result.insert(name, value);
    }
    if (result.find(beast_http::field::host) == result.end()) result.set(beast_http::field::host, url.authority());
    if (result.find(beast_http::field::user_agent) == result.end())
        result.set(beast_http::field::user_agent, "exchange-host");
    // One request per connection: nothing to pool, and the response ends at EOF if it must.
    result.keep_alive(false);
    result.body() = request.body;
    result.prepare_payload();
    return result;
}

host_api::OutboundResponse to_outbound_response(OutboundBeastResponse&& response) {
    host_api::OutboundResponse result;
    result.status = static_cast<int>(response.result_int());
    for (const auto& field : response) {
        result.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    }
    result.body = std::move(response.body().text);
    return result;
}

}  // namespace host::http
