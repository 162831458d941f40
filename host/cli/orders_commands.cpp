// orders refresh: "refresh" on orders, through the running host's JSON API, acting for an
// employee (R6, R7, R9). The host checks the employee's right; the plugin, the 10-minute
// rule. Prints the answer per order as JSON; refused orders also say why on stderr.
#include <charconv>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "host/cli/commands.hpp"
#include "host/http/outbound_client.hpp"
#include "host/web_api/api_access.hpp"

namespace host::cli {
namespace {

host_api::Result<std::string> request_body(const std::vector<std::string>& words) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    out.Key("order_ids");
    out.StartArray();
    for (const auto& word : words) {
        std::int64_t id = 0;
        const auto parsed = std::from_chars(word.data(), word.data() + word.size(), id);
        if (parsed.ec != std::errc() || parsed.ptr != word.data() + word.size() || id <= 0)
            return host_api::permanent_error("'" + word + "' is not an order id");
        out.Int64(id);
    }
    out.EndArray();
    out.EndObject();
    return std::string(buffer.GetString());
}

host_api::Result<host_api::OutboundResponse> post(CliContext& context, const web_api::ApiEndpoint& api,
                                                  const std::string& employee, const std::string& body) {
    http::OutboundClient client({}, true, context.logger);
    host_api::OutboundRequest request;
    request.method = "POST";
    request.url = api.url + "/api/orders/refresh";
    request.headers = {
        {"Content-Type", "application/json"}, {"Authorization", "Bearer " + api.token}, {"X-Employee", employee}};
    request.body = body;
    request.timeout = std::chrono::seconds(30);
    return client.send(request);
}

// Exit 0 when every order was refreshed; the refused ones are named on stderr.
int report(CliContext& context, const std::string& answer) {
    rapidjson::Document outcomes;
    outcomes.Parse(answer.c_str());
    if (outcomes.HasParseError() || !outcomes.IsArray()) return fail(context, "the host's answer is not readable");
    int refused = 0;
    for (const auto& outcome : outcomes.GetArray()) {
        if (outcome["refreshed"].GetBool()) continue;
        ++refused;
        context.err << "order " << outcome["order_id"].GetInt64() << ": " << outcome["message"].GetString() << "\n";
    }
    context.out << answer << "\n";
    return refused == 0 ? k_exit_ok : k_exit_failed;
}

std::string error_of(const std::string& body) {
    rapidjson::Document json;
    json.Parse(body.c_str());
    if (!json.HasParseError() && json.IsObject() && json.HasMember("error") && json["error"].IsString())
        return json["error"].GetString();
    return body;
}

}  // namespace

int run_orders_refresh(CliContext& context) {
    const auto employee = context.arguments.option("as");
    if (!employee || context.arguments.positional().empty()) {
        context.err << "usage: exchange-host orders refresh ID... --as LOGIN\n";
        return k_exit_usage;
    }
    auto body = request_body(context.arguments.positional());
    if (!body) {
        context.err << "error: " << body.error().message << "\n";
        return k_exit_usage;
    }
    auto api = web_api::read_api_endpoint(context.data_dir);
    if (!api) return fail(context, api.error().message);
    auto response = post(context, *api, *employee, *body);
    if (!response) return fail(context, "the host did not answer: " + response.error().message);
    if (response->status != 200) return fail(context, error_of(response->body));
    return report(context, response->body);
}

}  // namespace host::cli
