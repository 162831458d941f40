#include "tests/sim/shopify/bulk_control.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

#include "tests/sim/shopify/control_reply.hpp"
#include "tests/sim/shopify/json_fields.hpp"

namespace sim::shopify {
using common::json_reply;
using common::SimReply;

namespace {

// BulkOperationErrorCode ("BulkOperationErrorCode", shopify.dev).
constexpr const char* k_error_codes[] = {"ACCESS_DENIED", "INTERNAL_SERVER_ERROR", "TIMEOUT"};

bool known_error_code(const std::string& code) {
    return std::any_of(std::begin(k_error_codes), std::end(k_error_codes),
                       [&](const char* known) { return code == known; });
}

std::optional<std::uint64_t> number_in(const std::string& name) {
    const std::string suffix = ".jsonl";
    if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
        return std::nullopt;
    const auto digits = name.substr(0, name.size() - suffix.size());
    if (digits.size() > 18 || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::stoull(digits);
}

// "bytes=A-B" or "bytes=A-" (RFC 9110 14.1.2), the last byte kept within the file; nullopt
// for no header or another form (then the whole file is served, as a server may).
std::optional<std::pair<std::uint64_t, std::uint64_t>> byte_range(const std::string& header, std::uint64_t size) {
    const std::string unit = "bytes=";
    if (header.rfind(unit, 0) != 0) return std::nullopt;
    const auto dash = header.find('-', unit.size());
    if (dash == std::string::npos || dash == unit.size()) return std::nullopt;
    const auto first_text = header.substr(unit.size(), dash - unit.size());
    const auto last_text = header.substr(dash + 1);
    const auto digits = [](const std::string& text) {
        return text.size() <= 18 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (!digits(first_text) || !digits(last_text)) return std::nullopt;
    const std::uint64_t first = std::stoull(first_text);
    std::uint64_t last = last_text.empty() ? size : std::stoull(last_text);
    if (size > 0) last = std::min<std::uint64_t>(last, size - 1);
    if (last < first && first < size) return std::nullopt;
    return std::make_pair(first, last);
}

}  // namespace

BulkControl::BulkControl(BulkOperations& operations, SimStats& stats) : operations_(operations), stats_(stats) {}

void BulkControl::add_routes(common::RouteTable& routes) {
    routes.add("GET", "/_sim/bulk", [this](const auto&, const auto&) { return settings(); });
    routes.add("POST", "/_sim/bulk", [this](const auto& request, const auto&) { return post_settings(request); });
    routes.add("GET", "/_sim/bulk/*",
               [this](const auto& request, const auto& captures) { return result_file(captures[0], request); });
}

SimReply BulkControl::post_settings(const host_api::HttpRequest& request) {
    rapidjson::Document json;
    json.Parse(request.body.c_str(), request.body.size());
    if (json.HasParseError() || !json.IsObject()) return control_bad_request("the body must be a JSON object");
    const auto* duration = member(json, "duration_seconds");
    const auto* max_running = member(json, "max_running");
    const auto fail_next = member_string(json, "fail_next");
    const bool clears_failure = json.HasMember("fail_next") && json["fail_next"].IsNull();
    if (duration != nullptr && !duration->IsNumber()) return control_bad_request("\"duration_seconds\" must be a number");
    if (max_running != nullptr && !max_running->IsInt()) return control_bad_request("\"max_running\" must be an integer");
    if (fail_next && !known_error_code(*fail_next))
        return control_bad_request("\"fail_next\": one of ACCESS_DENIED, INTERNAL_SERVER_ERROR, TIMEOUT, or null");
    if (member(json, "fail_next") != nullptr && !fail_next)
        return control_bad_request("\"fail_next\" must be a string or null");
    operations_.update([&](BulkSettings& settings) {
        if (duration != nullptr)
            settings.duration = std::chrono::milliseconds(std::llround(std::max(duration->GetDouble(), 0.0) * 1000));
        if (max_running != nullptr) settings.max_running = max_running->GetInt();
        if (fail_next) settings.fail_next = *fail_next;
        if (clears_failure) settings.fail_next.clear();
    });
    return settings();
}

SimReply BulkControl::settings() const {
    const auto now = operations_.settings();
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("duration_seconds");
    out.Double(std::chrono::duration<double>(now.duration).count());
    out.Key("fail_next");
    write_optional(out, now.fail_next.empty() ? std::nullopt : std::optional(now.fail_next));
    out.Key("max_running");
    out.Int(now.max_running);
    out.EndObject();
    return json_reply(200, buffer.GetString());
}

SimReply BulkControl::result_file(const std::string& name, const host_api::HttpRequest& request) const {
    const auto number = number_in(name);
    const auto jsonl = number ? operations_.result(*number) : std::nullopt;
    if (!jsonl) return json_reply(404, R"({"errors":"Not Found"})");
    ++stats_.bulk_downloads;
    SimReply reply;
    reply.response.status = 200;
    reply.response.content_type = "application/jsonl";
    const auto range = byte_range(request.header("Range").value_or(""), jsonl->size());
    if (!range) {
        reply.response.body = *jsonl;
        return reply;
    }
    if (range->first >= jsonl->size()) {
        reply.response.status = 416;
        reply.response.headers.emplace_back("Content-Range", "bytes */" + std::to_string(jsonl->size()));
        return reply;
    }
    reply.response.status = 206;
    reply.response.headers.emplace_back("Content-Range", "bytes " + std::to_string(range->first) + "-" +
                                                             std::to_string(range->second) + "/" +
                                                             std::to_string(jsonl->size()));
    reply.response.body = jsonl->substr(range->first, range->second - range->first + 1);
    return reply;
}

}  // namespace sim::shopify
