#include "tests/sim/shopify/graphql_endpoint.hpp"

#include <cmath>
#include <optional>

#include <spdlog/spdlog.h>

#include "tests/sim/shopify/graphql_names.hpp"
#include "tests/sim/shopify/graphql_operation.hpp"
#include "tests/sim/shopify/json_fields.hpp"
#include "tests/sim/shopify/query_cost.hpp"
#include "tests/sim/shopify/random_ids.hpp"

namespace sim::shopify {
using common::json_reply;
using common::SimReply;

namespace {

void write_throttle_status(JsonWriter& out, const ThrottleStatus& status) {
    out.Key("throttleStatus");
    out.StartObject();
    // Shopify writes the bucket's size and rate as floats and the level as an integer.
    out.Key("maximumAvailable");
    out.Double(status.maximum_available);
    out.Key("currentlyAvailable");
    out.Int64(static_cast<long long>(std::floor(status.currently_available)));
    out.Key("restoreRate");
    out.Double(status.restore_rate);
    out.EndObject();
}

void write_cost(JsonWriter& out, int requested, std::optional<int> actual, const ThrottleStatus& status) {
    out.Key("extensions");
    out.StartObject();
    out.Key("cost");
    out.StartObject();
    out.Key("requestedQueryCost");
    out.Int(requested);
    out.Key("actualQueryCost");
    if (actual) {
        out.Int(*actual);
    } else {
        out.Null();
    }
    write_throttle_status(out, status);
    out.EndObject();
    out.EndObject();
}

SimReply errors_only(const std::vector<GraphqlError>& errors) {
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("errors");
    write_errors(out, errors);
    out.EndObject();
    return json_reply(200, buffer.GetString());
}

SimReply unauthorized() {
    auto reply = json_reply(
        401, R"json({"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"})json");
    reply.response.headers.emplace_back("WWW-Authenticate", "Basic Realm=\"Shopify API Authentication\"");
    return reply;
}

}  // namespace

std::string operation_name_in(std::string_view query) {
    for (const std::string_view keyword : {"query", "mutation"}) {
        std::size_t from = 0;
        while (true) {
            const auto at = query.find(keyword, from);
            if (at == std::string_view::npos) break;
            from = at + 1;
            const auto end = at + keyword.size();
            if ((at > 0 && is_graphql_name_char(query[at - 1])) || (end < query.size() && is_graphql_name_char(query[end]))) continue;
            auto name_start = query.find_first_not_of(" \t\r\n", end);
            if (name_start == std::string_view::npos) break;
            auto name_end = name_start;
            while (name_end < query.size() && is_graphql_name_char(query[name_end])) ++name_end;
            if (name_end > name_start) return std::string(query.substr(name_start, name_end - name_start));
        }
    }
    return "";
}

GraphqlEndpoint::GraphqlEndpoint(const ShopProfile& shop, AccessTokens& tokens, ThrottleBucket& bucket,
                                 FaultInjector& faults, ShopData data, SimStats& stats)
    : shop_(shop), tokens_(tokens), bucket_(bucket), faults_(faults), data_(data), stats_(stats) {}

SimReply GraphqlEndpoint::fault_reply(Fault fault) const {
    if (fault == Fault::drop) {
        SimReply reply;
        reply.drop_connection = true;
        return reply;
    }
    if (fault == Fault::too_many_requests) {
        auto reply = json_reply(
            429,
            R"({"errors":"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."})");
        reply.response.headers.emplace_back("Retry-After", "1.0");
        return reply;
    }
    const auto request_id = random_uuid();
    return json_reply(
        500, R"({"errors":[{"message":"Internal error. Looks like something went wrong on our end.\nRequest ID: )" +
                 request_id + R"(","extensions":{"code":"INTERNAL_SERVER_ERROR","requestId":")" + request_id +
                 R"("}}]})");
}

SimReply GraphqlEndpoint::answer(const host_api::HttpRequest& request, const std::string& api_version) const {
    ++stats_.graphql_requests;
    if (const auto fault = faults_.next(); fault != Fault::none) {
        ++stats_.faults_injected;
        spdlog::debug("shopify-sim graphql: injected fault {}", fault_name(fault));
        return fault_reply(fault);
    }
    if (!tokens_.accepts(request.header("X-Shopify-Access-Token").value_or(""))) return unauthorized();

    rapidjson::Document body;
    body.Parse(request.body.c_str(), request.body.size());
    const auto query = body.HasParseError() ? std::nullopt : member_string(body, "query");
    if (!query) return json_reply(400, R"({"errors":{"query":"Required parameter missing or invalid"}})");
    auto name = member_string(body, "operationName").value_or("");
    if (name.empty()) name = operation_name_in(*query);
    const GraphqlOperation* operation = find_operation(name);
    if (operation == nullptr) return errors_only({unsupported_operation_error(name)});

    const rapidjson::Value empty(rapidjson::kObjectType);
    const rapidjson::Value* variables = member(body, "variables");
    if (variables == nullptr) variables = &empty;
    if (!variables->IsObject()) return errors_only({invalid_variable_error("variables", "object")});

    const OperationContext context{
        *query, *variables, shop_, data_.orders, data_.products, data_.subscriptions, data_.bulk_operations};
    const auto estimate = operation->estimate(context);
    if (!estimate.errors.empty()) return errors_only(estimate.errors);
    // Checked before anything runs, so on the requested cost ("Single query limit").
    if (estimate.requested > query_cost::k_single_query_limit) return errors_only({max_cost_error(estimate.requested)});

    const auto admission = bucket_.admit(estimate.requested);
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    if (!admission.admitted) {
        ++stats_.throttled;
        out.Key("errors");
        write_errors(out, {throttled_error()});
        write_cost(out, estimate.requested, std::nullopt, admission.status);
        out.EndObject();
        spdlog::debug("shopify-sim graphql {} throttled: requested {}, available {}", name, estimate.requested,
                      admission.status.currently_available);
        return json_reply(200, buffer.GetString());
    }

    const auto result = operation->run(context);
    const auto status = bucket_.refund(estimate.requested - result.actual_cost);
    stats_.cost_used += static_cast<std::uint64_t>(result.actual_cost);
    out.Key("data");
    out.RawValue(result.data_json.c_str(), result.data_json.size(), rapidjson::kObjectType);
    if (!result.errors.empty()) {
        out.Key("errors");
        write_errors(out, result.errors);
    }
    write_cost(out, estimate.requested, result.actual_cost, status);
    out.EndObject();
    spdlog::debug("shopify-sim graphql {} (api {}): requested {}, actual {}", name, api_version, estimate.requested,
                  result.actual_cost);
    auto reply = json_reply(200, buffer.GetString());
    reply.response.headers.emplace_back("X-Shopify-API-Version", api_version);
    return reply;
}

}  // namespace sim::shopify
