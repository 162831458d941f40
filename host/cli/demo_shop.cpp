#include "host/cli/demo_shop.hpp"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace host::cli {
namespace {

std::string to_json(const rapidjson::Value& value) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    value.Accept(out);
    return buffer.GetString();
}

}  // namespace

DemoShop::DemoShop(DemoShopOptions options, std::unique_ptr<DemoServerProcess> server)
    : options_(std::move(options)), server_(std::move(server)), client_({}, true) {}

host_api::Result<std::unique_ptr<DemoShop>> DemoShop::start(const DemoShopOptions& options) {
    auto server = DemoServerProcess::start(
        options.executable,
        {"--shop", options.domain, "--token", options.token, "--client-secret", options.client_secret, "--currency",
         "UAH", "--ca-out", options.ca_file.string(), "--webhook-url", options.webhook_url});
    if (!server) return server.error();
    return std::unique_ptr<DemoShop>(new DemoShop(options, std::move(*server)));
}

host_api::Result<int> DemoShop::post_all(const std::string& kind, const std::string& json_array) {
    rapidjson::Document doc;
    doc.Parse(json_array.c_str());
    if (doc.HasParseError()) return host_api::permanent_error("sample " + kind + " are not JSON");
    int accepted = 0;
    const auto post = [&](const rapidjson::Value& item) {
        host_api::OutboundRequest request;
        request.url = api_url() + "/_sim/" + kind;
        request.headers = {{"Content-Type", "application/json"}};
        request.body = to_json(item);
        request.ca_file = options_.ca_file.string();
        auto response = client_.send(request);
        if (response && response->status >= 200 && response->status < 300) ++accepted;
    };
    if (doc.IsArray()) {
        for (const auto& item : doc.GetArray()) post(item);
    } else {
        post(doc.HasMember("order") ? doc["order"] : doc);
    }
    return accepted;
}

}  // namespace host::cli
