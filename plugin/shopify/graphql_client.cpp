#include "plugin/shopify/graphql_client.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "plugin/shopify/graphql_operations.hpp"

namespace shopify {
namespace {

// Transient failures get this many tries; THROTTLED answers wait for points instead and
// get more, since waiting is certain to help.
constexpr int k_transient_attempts = 8;
constexpr int k_throttled_attempts = 30;
constexpr std::chrono::milliseconds k_first_backoff{250};
constexpr std::chrono::milliseconds k_longest_backoff{8000};

const rapidjson::Value* member(const rapidjson::Value& object, const char* name) {
    if (!object.IsObject()) return nullptr;
    const auto found = object.FindMember(name);
    return found == object.MemberEnd() ? nullptr : &found->value;
}

double number(const rapidjson::Value& object, const char* name) {
    const auto* value = member(object, name);
    return value != nullptr && value->IsNumber() ? value->GetDouble() : 0.0;
}

std::string error_code(const rapidjson::Value& error) {
    const auto* extensions = member(error, "extensions");
    const auto* code = extensions != nullptr ? member(*extensions, "code") : nullptr;
    return code != nullptr && code->IsString() ? code->GetString() : "";
}

std::string error_message(const rapidjson::Value& error) {
    const auto* message = member(error, "message");
    return message != nullptr && message->IsString() ? message->GetString() : "unknown error";
}

// ACCESS_DENIED on a personal field is Shopify withholding customer data (Basic plan, no
// protected customer data access: R25); on anything else it is a missing access scope.
bool withholds_customer_data(const rapidjson::Value& error) {
    const auto* path = member(error, "path");
    if (path == nullptr || !path->IsArray() || path->Empty()) return false;
    const auto& field = (*path)[path->Size() - 1];
    if (!field.IsString()) return false;
    const std::string_view name = field.GetString();
    return name == "customer" || name == "email" || name == "phone" || name == "shippingAddress" ||
           name == "billingAddress";
}

std::chrono::milliseconds backoff(int attempt) {
    const auto wait = k_first_backoff * (1 << std::min(attempt, 10));
    return std::min<std::chrono::milliseconds>(wait, k_longest_backoff);
}

std::string request_body(const std::string& operation, const std::string& query, const std::string& variables_json) {
    rapidjson::Document variables;
    variables.Parse(variables_json.c_str());
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    out.Key("query");
    out.String(query);
    out.Key("operationName");
    out.String(operation);
    out.Key("variables");
    variables.Accept(out);
    out.EndObject();
    return buffer.GetString();
}

}  // namespace

GraphqlClient::GraphqlClient(StoreSettings settings, host_api::OutboundHttp& http,
                             std::shared_ptr<spdlog::logger> logger, Pause& pause)
    : settings_(std::move(settings)),
      http_(http),
      logger_(std::move(logger)),
      pause_(pause),
      tokens_(settings_, http_, logger_) {}

host_api::OutboundRequest GraphqlClient::request_for(const std::string& body, const std::string& token) const {
    host_api::OutboundRequest request;
    request.method = "POST";
    request.url = settings_.api_base() + "/admin/api/" + k_api_version + "/graphql.json";
    request.headers = {
        {"Content-Type", "application/json"}, {"Accept", "application/json"}, {"X-Shopify-Access-Token", token}};
    request.body = body;
    request.ca_file = settings_.ca_file;
    request.timeout = std::chrono::seconds(30);
    return request;
}

host_api::Result<GraphqlAnswer> GraphqlClient::execute(const std::string& operation, const std::string& query,
                                                       const std::string& variables_json, double estimated_cost) {
    const std::string body = request_body(operation, query, variables_json);
    int transient_failures = 0;
    bool token_renewed = false;  // a refused token is renewed once per call, not in a loop
    for (int attempt = 0; attempt < k_throttled_attempts && transient_failures < k_transient_attempts; ++attempt) {
        if (!pause_.wait_for(bucket_.wait_before(estimated_cost)))
            return host_api::transient_error("stopped while waiting for API points");
        Attempt sent = send_once(body, estimated_cost, token_renewed);
        if (sent.outcome == Outcome::done || sent.outcome == Outcome::failed) return std::move(sent.answer);
        if (sent.outcome == Outcome::back_off) {
            ++transient_failures;
            ++retries_;
            sent.wait = std::max(sent.wait, backoff(transient_failures));
            logger_->warn("shop {}: {} failed ({}), retrying in {} ms", settings_.domain, operation,
                          sent.answer.ok() ? "" : sent.answer.error().message, sent.wait.count());
        }
        if (!pause_.wait_for(sent.wait)) return host_api::transient_error("stopped while retrying " + operation);
    }
    return host_api::transient_error("shop " + settings_.domain + ": " + operation + " kept failing; will retry later");
}

GraphqlClient::Attempt GraphqlClient::send_once(const std::string& body, double estimated_cost, bool& token_renewed) {
    Attempt attempt;
    auto token = tokens_.token();
    if (!token) {
        attempt.outcome = token.error().transient ? Outcome::back_off : Outcome::failed;
        attempt.answer = token.error();
        return attempt;
    }
    bucket_.reserve(estimated_cost);
    ++requests_;
    auto response = http_.send(request_for(body, *token));
    if (!response) {
        attempt.outcome = response.error().transient ? Outcome::back_off : Outcome::failed;
        attempt.answer = response.error();
        return attempt;
    }
    if (response->status == 401) return refused_token(*response, *token, token_renewed);
    return read_answer(*response);
}

// A granted token can be revoked or expire early: one new grant, then the same request.
GraphqlClient::Attempt GraphqlClient::refused_token(const host_api::OutboundResponse& response,
                                                    const std::string& token, bool& token_renewed) {
    Attempt attempt;
    if (!token_renewed && tokens_.refused(token)) {
        token_renewed = true;
        logger_->info("shop {}: the access token was refused; asking for a new one", settings_.domain);
        attempt.outcome = Outcome::retry_now;
        return attempt;
    }
    return read_answer(response);
}

GraphqlClient::Attempt GraphqlClient::read_answer(const host_api::OutboundResponse& response) {
    Attempt attempt;
    if (response.status == 429) {
        ++throttled_;
        const auto retry_after = response.header("Retry-After");
        const double seconds = retry_after ? std::atof(retry_after->c_str()) : 1.0;
        attempt.outcome = Outcome::retry_now;
        attempt.wait = std::chrono::milliseconds(static_cast<long long>(std::max(seconds, 0.1) * 1000));
        return attempt;
    }
    if (response.status >= 500) {
        attempt.outcome = Outcome::back_off;
        attempt.answer = host_api::transient_error("HTTP " + std::to_string(response.status));
        return attempt;
    }
    if (response.status == 401 || response.status == 403) {
        attempt.answer = host_api::permanent_error("shop " + settings_.domain + " refused the access token (HTTP " +
                                                   std::to_string(response.status) + ")");
        return attempt;
    }
    if (response.status != 200) {
        attempt.answer =
            host_api::permanent_error("shop " + settings_.domain + " answered HTTP " + std::to_string(response.status));
        return attempt;
    }
    GraphqlAnswer answer;
    answer.document.Parse(response.body.c_str(), response.body.size());
    if (answer.document.HasParseError() || !answer.document.IsObject()) {
        attempt.outcome = Outcome::back_off;  // a cut-off body: the same request may well succeed
        attempt.answer = host_api::transient_error("the answer is not JSON");
        return attempt;
    }
    double requested = 0;
    if (const auto* extensions = member(answer.document, "extensions")) {
        if (const auto* cost = member(*extensions, "cost")) {
            requested = number(*cost, "requestedQueryCost");
            if (const auto* actual = member(*cost, "actualQueryCost"); actual != nullptr && actual->IsNumber())
                points_used_milli_ += static_cast<std::uint64_t>(actual->GetDouble() * 1000);
            if (const auto* status = member(*cost, "throttleStatus"))
                bucket_.observe(ThrottleStatus{number(*status, "maximumAvailable"),
                                               number(*status, "currentlyAvailable"), number(*status, "restoreRate")});
        }
    }
    std::string failure;
    if (const auto* errors = member(answer.document, "errors"); errors != nullptr && errors->IsArray()) {
        for (const auto& error : errors->GetArray()) {
            const auto code = error_code(error);
            if (code == "THROTTLED") {
                ++throttled_;
                attempt.outcome = Outcome::retry_now;
                attempt.wait = bucket_.wait_before(requested);
                return attempt;
            }
            if (code == "ACCESS_DENIED" && withholds_customer_data(error)) {
                answer.customer_data_withheld = true;
            } else if (failure.empty()) {
                failure = error_message(error);
            }
        }
    } else if (errors != nullptr && errors->IsString()) {
        failure = errors->GetString();
    }
    const auto* data = member(answer.document, "data");
    if (data == nullptr || data->IsNull() || !failure.empty()) {
        attempt.answer = host_api::permanent_error("shop " + settings_.domain + ": " +
                                                   (failure.empty() ? "an answer without data" : failure));
        return attempt;
    }
    attempt.outcome = Outcome::done;
    attempt.answer = std::move(answer);
    return attempt;
}

GraphqlStats GraphqlClient::stats() const {
    return GraphqlStats{requests_.load(), throttled_.load(), retries_.load(), points_used_milli_.load() / 1000.0,
                        tokens_.grants()};
}

}  // namespace shopify
