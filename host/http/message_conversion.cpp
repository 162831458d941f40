#include "host/http/message_conversion.hpp"

#include <string_view>
#include <utility>

#include "host/http/json_error.hpp"

namespace host::http {
namespace beast_http = boost::beast::http;

namespace {

bool is_safe_header(std::string_view name, std::string_view value) {
    if (name.empty() || name.find_first_of("\r\n\0: \t", 0, 6) != std::string_view::npos) return false;
    if (value.find_first_of("\r\n\0", 0, 3) != std::string_view::npos) return false;
    const auto field = beast_http::string_to_field({name.data(), name.size()});
    return field != beast_http::field::content_length && field != beast_http::field::transfer_encoding &&
           field != beast_http::field::connection;
}

}  // namespace

host_api::HttpRequest to_host_request(BeastRequest&& request) {
    host_api::HttpRequest result;
    result.method = std::string(request.method_string());
    const auto beast_target = request.target();
    const std::string_view target(beast_target.data(), beast_target.size());
    const auto question = target.find('?');
    result.path = std::string(target.substr(0, question));
    if (question != std::string_view::npos) result.query = std::string(target.substr(question + 1));
    for (const auto& field : request) {
        result.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    }
    result.body = std::move(request.body());
    return result;
}

BeastResponse to_beast_response(host_api::HttpResponse&& response, unsigned version, bool keep_alive) {
    // 1xx would change the protocol state; a final answer is 200..599.
    if (response.status < 200 || response.status > 599) {
        return to_beast_response(json_error_response(500, "internal error"), version, keep_alive);
    }
    BeastResponse result;
    result.version(version);
    result.result(static_cast<unsigned>(response.status));
    if (!response.content_type.empty()) result.set(beast_http::field::content_type, response.content_type);
    for (const auto& [name, value] : response.headers) {
        if (is_safe_header(name, value)) result.insert(name, value);
    }
    result.keep_alive(keep_alive);
    // RFC 9110 8.6: no body and no Content-Length in a 204 or 304.
    if (response.status == 204 || response.status == 304) return result;
    result.body() = std::move(response.body);
    result.prepare_payload();
    return result;
}

}  // namespace host::http
