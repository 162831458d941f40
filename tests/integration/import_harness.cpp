#include "tests/integration/import_harness.hpp"

#include <fstream>
#include <sstream>
#include <thread>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <spdlog/sinks/ostream_sink.h>
#include <catch2/catch.hpp>

#include "host/store/dump_writer.hpp"
#include "host/web_api/api_access.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/text_file.hpp"

namespace test_support {
namespace {

constexpr const char* k_token = "shpat_integration_token";
constexpr const char* k_secret = "integration-client-secret";
constexpr const char* k_domain = k_harness_shop_domain;

std::string to_json(const rapidjson::Value& value) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    value.Accept(out);
    return buffer.GetString();
}

}  // namespace

std::string fixture_order(const std::string& relative_path) {
    rapidjson::Document doc;
    doc.Parse(read_text(fixtures_dir() / relative_path).c_str());
    REQUIRE_FALSE(doc.HasParseError());
    if (doc.HasMember("order")) return to_json(doc["order"]);
    if (doc.HasMember("orders")) return to_json(doc["orders"][0]);
    return to_json(doc);
}

ImportHarness::ImportHarness(HarnessOptions options)
    : options_(std::move(options)),
      data_dir_(dir_.path() / "data"),
      ca_file_(dir_.path() / "shopify-ca.pem"),
      log_lines_(std::make_shared<std::ostringstream>()),
      logger_(std::make_shared<spdlog::logger>("integration",
                                               std::make_shared<spdlog::sinks::ostream_sink_mt>(*log_lines_, true))),
      client_({}, true, logger_) {
    {
        auto store = host::store::HostStore::open(data_dir_);
        REQUIRE(store);
        REQUIRE((*store)->settings().set_currency(options_.host_currency));
    }
    start_host();
    sim::shopify::SimOptions sim_options;
    sim_options.shop_domain = k_domain;
    sim_options.token = k_token;
    sim_options.client_secret = k_secret;
    sim_options.plan = options_.plan;
    sim_options.currency = options_.shop_currency;
    if (options_.hand_made_webhook)
        sim_options.webhook_url = "http://127.0.0.1:" + std::to_string(host_->port()) + "/webhooks/shopify";
    sim_ = std::make_unique<sim::shopify::ShopifySim>(sim_options);
    std::ofstream(ca_file_) << sim_->ca_pem();
    if (!options_.existing_orders_json.empty()) {
        rapidjson::Document orders;
        orders.Parse(options_.existing_orders_json.c_str());
        REQUIRE_FALSE(orders.HasParseError());
        sim_->load_orders(orders);
    }
    if (options_.refuse_subscriptions) REQUIRE(control("/_sim/webhooks", R"({"refuse_subscriptions": true})") == 200);
    connect_store();
}

// The host first: a plugin call in flight to a local Shopify that stopped answering would
// hold the host's stop for the whole request timeout.
ImportHarness::~ImportHarness() {
    if (host_) host_->stop();
    if (sim_) sim_->stop();
}

void ImportHarness::start_host() {
    host::runtime::HostOptions options;
    options.data_dir = data_dir_;
    options.manifest = source_dir() / "manifest.json";
    options.library_dir = library_dir();
    options.port = 0;
    options.allow_loopback_outbound = true;
    options.watch_interval = std::chrono::milliseconds(200);
    auto runtime = host::runtime::HostRuntime::start(options, logger_);
    REQUIRE(runtime);
    host_ = std::move(*runtime);
}

void ImportHarness::connect_store() {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    const auto text = [&](const char* name, const std::string& value) {
        out.Key(name);
        out.String(value);
    };
    out.StartObject();
    text("name", options_.store_name);
    text("domain", k_domain);
    if (options_.client_credentials)
        text("client_id", "integration-app");
    else
        text("token", k_token);
    text("client_secret", k_secret);
    text("order_type", "Online order");
    text("identify_by", options_.identify_by);
    out.Key("reconcile_interval_seconds");
    out.Int(options_.reconcile_interval_seconds);
    text("api_url", sim_->url());
    text("ca_file", ca_file_.string());
    out.EndObject();
    REQUIRE(host_->store().connections().add("shopify", buffer.GetString()));
    host_->pick_up_changes();
}

void ImportHarness::restart_host() {
    host_->stop();
    host_.reset();
    start_host();
    // The sim keeps sending to the port it was given: point it at the new one.
    REQUIRE(control("/_sim/webhooks",
                    "{\"url\":\"http://127.0.0.1:" + std::to_string(host_->port()) + "/webhooks/shopify\"}") == 200);
}

int ImportHarness::control(const std::string& target, const std::string& body) {
    host_api::OutboundRequest request;
    request.method = "POST";
    request.url = sim_->url(target);
    request.headers = {{"Content-Type", "application/json"}};
    request.body = body;
    request.ca_file = ca_file_.string();
    request.timeout = std::chrono::seconds(20);
    auto response = client_.send(request);
    return response ? response->status : 0;
}

bool ImportHarness::post_order(const std::string& rest_order_json) {
    const int status = control("/_sim/orders", rest_order_json);
    return status >= 200 && status < 300;
}

bool ImportHarness::post_product(const std::string& rest_product_json) {
    const int status = control("/_sim/products", rest_product_json);
    return status >= 200 && status < 300;
}

rapidjson::Document ImportHarness::sim_stats() {
    host_api::OutboundRequest request;
    request.method = "GET";
    request.url = sim_->url("/_sim/stats");
    request.ca_file = ca_file_.string();
    auto response = client_.send(request);
    rapidjson::Document doc;
    if (response) doc.Parse(response->body.c_str());
    return doc;
}

ImportHarness::ApiAnswer ImportHarness::call_api(const std::string& method, const std::string& path,
                                                 const std::string& login, const std::string& body,
                                                 const std::string& token_override) {
    auto api = host::web_api::read_api_endpoint(data_dir_);
    REQUIRE(api);
    host_api::OutboundRequest request;
    request.method = method;
    request.url = api->url + path;
    request.headers = {{"Content-Type", "application/json"},
                       {"Authorization", "Bearer " + (token_override.empty() ? api->token : token_override)},
                       {"X-Employee", login}};
    request.body = body;
    auto response = client_.send(request);
    REQUIRE(response);
    return ApiAnswer{response->status, response->body};
}

host_api::OutboundResponse ImportHarness::host_request(const std::string& method, const std::string& path,
                                                      const host_api::HttpHeaders& headers, const std::string& body) {
    host_api::OutboundRequest request;
    request.method = method;
    request.url = "http://127.0.0.1:" + std::to_string(host_->port()) + path;
    request.headers = headers;
    request.body = body;
    auto response = client_.send(request);
    REQUIRE(response);
    return *response;
}

std::size_t ImportHarness::sim_subscription_count() {
    host_api::OutboundRequest request;
    request.method = "GET";
    request.url = sim_->url("/_sim/webhooks");
    request.ca_file = ca_file_.string();
    auto response = client_.send(request);
    REQUIRE(response);
    rapidjson::Document doc;
    doc.Parse(response->body.c_str());
    REQUIRE(doc.IsObject());
    const auto found = doc.FindMember("subscriptions");
    return found != doc.MemberEnd() && found->value.IsArray() ? found->value.Size() : 0;
}

rapidjson::Document ImportHarness::dump(const std::string& kind) {
    auto json = host::store::dump_json(host_->store(), kind);
    REQUIRE(json);
    rapidjson::Document doc;
    doc.Parse(json->c_str());
    return doc;
}

bool ImportHarness::eventually(const std::function<bool()>& condition, std::chrono::seconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
        if (condition()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return condition();
}

bool ImportHarness::imports_settled(std::size_t count) {
    return eventually([&] {
        auto imports = dump("imports");
        std::size_t settled = 0;
        for (const auto& line : imports.GetArray())
            if (std::string(line["state"].GetString()) != "pending") ++settled;
        return settled >= count;
    });
}

bool ImportHarness::initial_import_done() {
    return eventually([&] {
        const auto progress = host_->store().plugin_state("shopify")->entries("initial/");
        if (!progress) return false;
        for (const auto& [key, value] : *progress)
            if (value.find(R"("state":"done")") != std::string::npos) return true;
        return false;
    });
}

std::string ImportHarness::log() const { return log_lines_->str(); }

}  // namespace test_support
