#include "host/cli/demo_nova_poshta.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace host::cli {
namespace {

std::string document_change(const std::string& ttn, const std::string& status_code) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    out.Key("number");
    out.String(ttn);
    out.Key("status_code");
    out.String(status_code);
    out.EndObject();
    return buffer.GetString();
}

}  // namespace

DemoNovaPoshta::DemoNovaPoshta(DemoNovaPoshtaOptions options, std::unique_ptr<DemoServerProcess> server)
    : options_(std::move(options)), server_(std::move(server)), client_({}, true) {}

host_api::Result<std::unique_ptr<DemoNovaPoshta>> DemoNovaPoshta::start(const DemoNovaPoshtaOptions& options) {
    auto server = DemoServerProcess::start(
        options.executable, {"--api-key", options.api_key, "--ca-out", options.ca_file.string(), "--documents",
                             options.documents.string()});
    if (!server) return server.error();
    return std::unique_ptr<DemoNovaPoshta>(new DemoNovaPoshta(options, std::move(*server)));
}

host_api::Result<void> DemoNovaPoshta::move(const std::string& ttn, const std::string& status_code) {
    host_api::OutboundRequest request;
    request.url = base_url() + "/_sim/documents";
    request.headers = {{"Content-Type", "application/json"}};
    request.body = document_change(ttn, status_code);
    request.ca_file = options_.ca_file.string();
    auto response = client_.send(request);
    if (!response) return response.error();
    if (response->status != 200)
        return host_api::permanent_error("the local Nova Poshta refused TTN " + ttn + ": HTTP " +
                                         std::to_string(response->status) + " " + response->body);
    return host_api::success();
}

}  // namespace host::cli
