#include "tests/sim/nova_poshta/novaposhta_sim.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include <rapidjson/document.h>
#include <spdlog/spdlog.h>

#include "tests/sim/common/https_server.hpp"
#include "tests/sim/common/logging_ready.hpp"
#include "tests/sim/common/route_table.hpp"
#include "tests/sim/nova_poshta/control_api.hpp"
#include "tests/sim/nova_poshta/document_registry.hpp"
#include "tests/sim/nova_poshta/fault_injector.hpp"
#include "tests/sim/nova_poshta/sim_stats.hpp"
#include "tests/sim/nova_poshta/tracking_endpoint.hpp"

namespace sim::nova_poshta {
namespace {

// What --documents names; throws std::runtime_error when it cannot be read or is not JSON.
rapidjson::Document read_documents_file(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw std::runtime_error("cannot read " + path.string());
    std::stringstream text;
    text << file.rdbuf();
    rapidjson::Document json;
    json.Parse(text.str().c_str());
    if (json.HasParseError()) throw std::runtime_error(path.string() + " is not JSON");
    return json;
}

// What the local Nova Poshta answers on its own, outside the API's envelope.
common::ErrorReplies own_errors() {
    return {common::json_reply(404, R"({"error":"not found"})"),
            common::json_reply(405, R"({"error":"method not allowed"})"),
            common::json_reply(500, R"({"error":"internal error"})")};
}

}  // namespace

struct NovaPoshtaSim::Running {
    explicit Running(SimOptions options_in)
        : options(std::move(options_in)),
          endpoint(options.api_key, documents, faults, stats),
          control(documents, faults, stats),
          routes(own_errors()),
          // The real API's host name too, for a client that keeps it as SNI.
          server(server_settings(), options.address, {"api.novaposhta.ua"}) {
        // The real API answers with and without the trailing slash.
        routes.add("POST", k_api_path, [this](const auto& request, const auto&) { return endpoint.answer(request); });
        routes.add("POST", "/v2.0/json", [this](const auto& request, const auto&) { return endpoint.answer(request); });
        control.add_routes(routes);
    }

    common::ServerSettings server_settings() {
        return {.name = "novaposhta-sim",
                .body_limit = 4 * 1024 * 1024,
                .errors = own_errors(),
                .handler = [this](const host_api::HttpRequest& request) { return routes.dispatch(request); }};
    }

    common::LoggingReady logging;  // first: before any thread that logs
    SimOptions options;
    SimStats stats;
    DocumentRegistry documents;
    FaultInjector faults;
    TrackingEndpoint endpoint;
    ControlApi control;
    common::RouteTable routes;
    common::HttpsServer server;  // last: its connections use everything above
};

NovaPoshtaSim::NovaPoshtaSim(SimOptions options) : running_(std::make_unique<Running>(std::move(options))) {
    const auto& path = running_->options.documents_file;
    if (!path.empty()) {
        const auto loaded = running_->control.put_documents(read_documents_file(path));
        if (!loaded) throw std::runtime_error(path.string() + ": " + loaded.error().message);
        spdlog::info("novaposhta-sim loaded {} documents from {}", *loaded, path.string());
    }
    running_->server.start(running_->options.port, running_->options.threads);
}

NovaPoshtaSim::~NovaPoshtaSim() { stop(); }

void NovaPoshtaSim::stop() { running_->server.stop(); }

std::uint16_t NovaPoshtaSim::port() const { return running_->server.port(); }

std::string NovaPoshtaSim::url(std::string_view target) const { return running_->server.url(target); }

std::string NovaPoshtaSim::api_url() const { return url(k_api_path); }

const std::string& NovaPoshtaSim::ca_pem() const { return running_->server.ca_pem(); }

DocumentRegistry& NovaPoshtaSim::documents() { return running_->documents; }
ControlApi& NovaPoshtaSim::control() { return running_->control; }
FaultInjector& NovaPoshtaSim::faults() { return running_->faults; }
SimStats& NovaPoshtaSim::stats() { return running_->stats; }

}  // namespace sim::nova_poshta
