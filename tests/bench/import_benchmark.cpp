// The import benchmark: N orders reach a running host (exchange-host serve, a child
// process) from the local Shopify by one of three paths, and the figures are printed:
// time, orders per second, API points used against the bucket's restore rate, throttled
// answers, the host's peak memory. Not a test: run it with scripts/bench.sh (the machines
// are shared and noisy).
//   webhooks   the orders are created while the host runs; webhooks bring them
//   bulk       the shop has them before it connects; the initial import's bulk operation;
//              beside it the floor, measured on the same file in the same run
//   reconcile  changed orders the initial import leaves out (older than 2 months),
//              webhooks off: reconciliation lists them and the worker fetches them
//   intake     the webhook route alone: signed deliveries per second and p50/p99 at
//              --connections K, beside a minimal Node server that validates them with
//              @shopify/shopify-api (tests/bench/peer); the two take turns for --rounds R
//              of --seconds S each, and the medians are compared
//
//   import_benchmark [--path webhooks|bulk|reconcile|intake] [--orders N]
//                    [--plan basic|grow|advanced|plus] [--senders K] [--connections K] [--seconds S]
//                    [--rounds R]
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <rapidjson/document.h>

#include "host/http/outbound_client.hpp"
#include "host/store/host_store.hpp"
#include "tests/bench/bulk_import_floor.hpp"
#include "tests/bench/webhook_load.hpp"
#include "tests/sim/shopify/shopify_sim.hpp"
#include "tests/sim/shopify/sim_stats.hpp"
#include "tests/support/child_process.hpp"
#include "tests/support/free_port.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

struct Settings {
    int orders = 10000;
    sim::shopify::Plan plan = sim::shopify::Plan::plus;
    std::string plan_name = "plus";
    int senders = 4;
    std::string path = "webhooks";
    int connections = 16;
    int seconds = 10;
    int rounds = 3;
};

Settings parse(int argc, char** argv) {
    Settings settings;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        const std::string value = argv[i + 1];
        if (name == "--orders") settings.orders = std::stoi(value);
        if (name == "--senders") settings.senders = std::stoi(value);
        if (name == "--path") settings.path = value;
        if (name == "--connections") settings.connections = std::stoi(value);
        if (name == "--seconds") settings.seconds = std::stoi(value);
        if (name == "--rounds") settings.rounds = std::max(1, std::stoi(value));
        if (name == "--plan") {
            settings.plan_name = value;
            settings.plan = value == "basic"      ? sim::shopify::Plan::basic
                            : value == "grow"     ? sim::shopify::Plan::grow
                            : value == "advanced" ? sim::shopify::Plan::advanced
                                                  : sim::shopify::Plan::plus;
        }
    }
    return settings;
}

std::string iso_days_ago(int days) {
    return host_api::format_iso8601(std::chrono::time_point_cast<std::chrono::seconds>(
        std::chrono::system_clock::now() - std::chrono::hours(24 * days)));
}

// created/updated: ISO times; the webhooks path lets the local Shopify stamp them.
std::string order_json(int n, const std::string& created = "2026-11-27T09:00:00+02:00",
                       const std::string& updated = "2026-11-27T09:00:00+02:00") {
    const auto id = std::to_string(100000 + n);
    const auto phone = "067" + std::to_string(1000000 + n % 5000);  // 5000 clients
    return R"({"id":)" + id + R"(,"name":"#)" + id + R"(","currency":"UAH","total_price":"735.00",)" +
           R"("created_at":")" + created + R"(","updated_at":")" + updated + R"(",)" + R"("customer":{"id":)" +
           std::to_string(n % 5000 + 1) + R"(,"first_name":"Олена","last_name":"Коваленко","phone":")" + phone +
           R"("},"shipping_lines":[{"title":"Укрпошта","code":"up","price":"70.00"}],)" +
           R"("shipping_address":{"first_name":"Олена","last_name":"Коваленко","city":"Київ","country":"Ukraine","country_code":"UA"},)" +
           R"("line_items":[{"id":)" + id + R"(1,"name":"Мед","title":"Мед","sku":"HONEY-)" + std::to_string(n % 200) +
           R"(","quantity":3,"price":"245.00","product_id":)" + std::to_string(8000 + n % 200) +
           R"(,"variant_id":1,"variant_title":""}]})";
}

long peak_rss_kib(pid_t pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
    return -1;
}

std::size_t imported(host::store::HostStore& store) {
    auto records = store.imports().import_records(host_api::k_import_imported);
    return records ? records->size() : 0;
}

// The shop's orders before the store connects, for the bulk and reconcile paths.
void load_history(const Settings& settings, sim::shopify::ShopifySim& shop) {
    // bulk: open orders of the last days, not touched since; reconcile: old orders changed
    // now; intake: old orders the initial import leaves out, fetched when webhooks name them.
    const bool recent = settings.path == "bulk";
    const auto created = iso_days_ago(recent ? 5 : 90);
    const auto updated = settings.path == "reconcile" ? iso_days_ago(0) : created;
    std::string orders = "[";
    for (int n = 0; n < settings.orders; ++n) orders += (n == 0 ? "" : ",") + order_json(n, created, updated);
    rapidjson::Document json;
    json.Parse((orders + "]").c_str());
    shop.load_orders(json);
}

void send_orders(const Settings& settings, sim::shopify::ShopifySim& shop, const std::filesystem::path& ca) {
    std::atomic<int> next{0};
    std::vector<std::thread> senders;
    for (int s = 0; s < settings.senders; ++s) {
        senders.emplace_back([&] {
            host::http::OutboundClient client({}, true);
            for (int n = next++; n < settings.orders; n = next++) {
                host_api::OutboundRequest request;
                request.url = shop.url("/_sim/orders");
                request.body = order_json(n);
                request.ca_file = ca.string();
                (void)client.send(request);
            }
        });
    }
    for (auto& sender : senders) sender.join();
}

double restore_rate(sim::shopify::Plan plan) {
    return plan == sim::shopify::Plan::plus ? 1000 : plan == sim::shopify::Plan::advanced ? 200 : 100;
}

// The intake's deliveries name the shop's orders with an updated_at later than the shop's,
// so none is dropped as older than imported: every one is written to the inbox.
std::vector<std::string> delivery_bodies(const Settings& settings) {
    std::vector<std::string> bodies;
    for (int n = 0; n < std::min(settings.orders, 1000); ++n)
        bodies.push_back(order_json(n, "2026-08-01T09:00:00+03:00", "2030-01-01T09:00:00+02:00"));
    return bodies;
}

bench::LoadFigures load_on(const Settings& settings, std::uint16_t port, const std::string& id_prefix) {
    bench::WebhookLoad load;
    load.port = port;
    load.shop_domain = "bench-shop.myshopify.com";
    load.client_secret = "bench-secret";
    load.connections = settings.connections;
    load.measured = std::chrono::seconds(settings.seconds);
    load.bodies = delivery_bodies(settings);
    load.id_prefix = id_prefix;
    return bench::run_webhook_load(load);
}

// The Node peer on a port of its own, started once for every round; not running when
// node or its packages are missing.
class NodePeer {
public:
    explicit NodePeer(const std::filesystem::path& dir) {
        const auto server = test_support::source_dir() / "tests" / "bench" / "peer" / "server.mjs";
        if (!std::filesystem::exists(server.parent_path() / "node_modules")) {
            std::fprintf(stderr, "the Node peer is not installed: npm ci --prefix tests/bench/peer\n");
            return;
        }
        port_ = test_support::free_loopback_port();
        // env finds node on the PATH (ChildProcess takes a program path).
        process_.emplace(std::vector<std::string>{"/usr/bin/env", "node", server.string(), std::to_string(port_),
                                                  "bench-secret"},
                         dir);
        for (int i = 0; i < 300 && process_->out().find("listening") == std::string::npos; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        if (process_->out().find("listening") == std::string::npos) {
            std::fprintf(stderr, "the Node peer did not start: %s\n", process_->err().c_str());
            process_.reset();
        }
    }
    ~NodePeer() {
        if (!process_) return;
        process_->signal(SIGTERM);
        process_->wait(std::chrono::seconds(10));
    }
    NodePeer(const NodePeer&) = delete;
    NodePeer& operator=(const NodePeer&) = delete;

    bool running() const { return process_.has_value(); }
    std::uint16_t port() const { return port_; }

private:
    std::uint16_t port_ = 0;
    std::optional<test_support::ChildProcess> process_;
};

void print_load(const char* who, const bench::LoadFigures& figures) {
    std::printf("  %-34s %9.0f webhooks/s  p50 %6.2f ms  p99 %6.2f ms  (%llu answered 200, %llu other)\n", who,
                figures.rate(), figures.p50_ms, figures.p99_ms, (unsigned long long)figures.answered_200,
                (unsigned long long)figures.other_answers);
}

// Each figure's median over the rounds, apart: the middle rate, the middle p50, the middle p99.
struct Medians {
    double rate = 0;
    double p50_ms = 0;
    double p99_ms = 0;
    std::uint64_t other_answers = 0;  // all rounds together
};

Medians medians_of(const std::vector<bench::LoadFigures>& rounds) {
    const auto middle = [&](auto figure) {
        std::vector<double> values;
        for (const auto& round : rounds) values.push_back(figure(round));
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    };
    Medians out;
    out.rate = middle([](const bench::LoadFigures& f) { return f.rate(); });
    out.p50_ms = middle([](const bench::LoadFigures& f) { return f.p50_ms; });
    out.p99_ms = middle([](const bench::LoadFigures& f) { return f.p99_ms; });
    for (const auto& round : rounds) out.other_answers += round.other_answers;
    return out;
}

void print_medians(const char* who, const Medians& figures) {
    std::printf("  %-34s %9.0f webhooks/s  p50 %6.2f ms  p99 %6.2f ms  (medians; %llu other answers)\n", who,
                figures.rate, figures.p50_ms, figures.p99_ms, (unsigned long long)figures.other_answers);
}

// The host and the Node peer take turns, round after round, so that what else the shared
// machine runs meanwhile weighs on both alike; the medians are compared.
int run_intake(const Settings& settings, std::uint16_t host_port, const std::filesystem::path& dir) {
    const NodePeer peer(dir);
    std::printf("webhook intake benchmark: signed deliveries at %d connections, %d rounds of %d s each\n",
                settings.connections, settings.rounds, settings.seconds);
    std::vector<bench::LoadFigures> host_rounds;
    std::vector<bench::LoadFigures> peer_rounds;
    for (int round = 1; round <= settings.rounds; ++round) {
        host_rounds.push_back(load_on(settings, host_port, "host-" + std::to_string(round)));
        print_load(("round " + std::to_string(round) + ": exchange-host").c_str(), host_rounds.back());
        if (!peer.running()) continue;
        peer_rounds.push_back(load_on(settings, peer.port(), "peer-" + std::to_string(round)));
        print_load(("round " + std::to_string(round) + ": Node").c_str(), peer_rounds.back());
    }
    const auto host = medians_of(host_rounds);
    print_medians("exchange-host (durable, grouped)", host);
    if (!peer_rounds.empty()) {
        const auto node = medians_of(peer_rounds);
        print_medians("Node, @shopify/shopify-api validate", node);
        std::printf("  host / Node rate                   %9.1f x  (goal >= 5 x, p99 < 5 ms)\n",
                    node.rate > 0 ? host.rate / node.rate : 0.0);
    }
    return host.other_answers == 0 && host.rate > 0 ? 0 : 1;
}

// The CPU time the process has used, all its threads, to the nanosecond: its process CPU
// clock, the one the floor's thread clock is read from too (/proc/PID/stat counts in 10 ms
// ticks, 3 % of a 10,000-order import).
double cpu_seconds(pid_t pid) {
    clockid_t clock{};
    timespec used{};
    if (clock_getcpuclockid(pid, &clock) != 0 || clock_gettime(clock, &used) != 0) return 0;
    return static_cast<double>(used.tv_sec) + static_cast<double>(used.tv_nsec) / 1e9;
}

struct TimedImport {
    double seconds = 0;      // wall time
    double cpu_seconds = 0;  // the host's CPU time meanwhile: what one core would need
};

bool initial_import_done(host::store::HostStore& store) {
    auto entries = store.plugin_state("shopify")->entries("initial/");
    if (!entries) return false;
    for (const auto& [key, value] : *entries)
        if (value.find(R"("state":"done")") != std::string::npos) return true;
    return false;
}

// The bulk path's import alone, not the host's start nor the operation's run in the local
// Shopify: from the moment it served the file to the initial import's "done", polled often.
TimedImport timed_bulk_import(sim::shopify::ShopifySim& shop, host::store::HostStore& store, pid_t host,
                              std::chrono::steady_clock::time_point start) {
    const auto give_up = start + std::chrono::minutes(30);
    while (shop.stats().bulk_downloads.load() == 0 && std::chrono::steady_clock::now() < give_up)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    const auto served = std::chrono::steady_clock::now();
    const auto cpu_before = cpu_seconds(host);
    while (!initial_import_done(store) && std::chrono::steady_clock::now() < give_up)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return {std::chrono::duration<double>(std::chrono::steady_clock::now() - served).count(),
            cpu_seconds(host) - cpu_before};
}

// The same file the host imported, fetched from the local Shopify, through the floor.
void print_bulk_floor(sim::shopify::ShopifySim& shop, const std::filesystem::path& ca,
                      const std::filesystem::path& dir, double import_rate) {
    host::http::OutboundClient client({}, true);
    host_api::OutboundRequest request;
    request.method = "GET";
    request.url = shop.url("/_sim/bulk/1.jsonl");
    request.ca_file = ca.string();
    request.timeout = std::chrono::minutes(5);
    const auto file = client.send(request);
    if (!file || file->status != 200) {
        std::printf("  floor                                (the bulk file could not be fetched)\n");
        return;
    }
    bench::FloorFigures floor;
    try {
        floor = bench::measure_bulk_import_floor(file->body, dir / "floor");
    } catch (const std::exception& e) {
        std::printf("  floor                                failed: %s\n", e.what());
        return;
    }
    std::printf("  bulk file                            %.1f MiB\n", file->body.size() / 1048576.0);
    std::printf("  floor: RapidJSON + batched inserts   %.1f orders/s per CPU s  (%zu orders, %.2f CPU s, %.2f s)\n",
                floor.rate(), floor.orders, floor.cpu_seconds, floor.seconds);
    std::printf("  import (per CPU s) / floor           %.1f %%  (goal >= 40 %%, >= 15000 orders/s)\n",
                floor.rate() > 0 ? 100.0 * import_rate / floor.rate() : 0.0);
}

}  // namespace

int main(int argc, char** argv) {
    const Settings settings = parse(argc, argv);
    test_support::TempDir dir;
    const auto data = dir / "data";
    const auto port = test_support::free_loopback_port();
    sim::shopify::SimOptions sim_options;
    sim_options.shop_domain = "bench-shop.myshopify.com";
    sim_options.token = "shpat_bench";
    sim_options.client_secret = "bench-secret";
    sim_options.plan = settings.plan;
    if (settings.path == "webhooks")
        sim_options.webhook_url = "http://127.0.0.1:" + std::to_string(port) + "/webhooks/shopify";
    sim_options.threads = 2;
    sim::shopify::ShopifySim shop(sim_options);
    if (settings.path != "webhooks") load_history(settings, shop);
    const auto ca = dir / "ca.pem";
    std::ofstream(ca) << shop.ca_pem();
    const auto host = test_support::host_executable().string();
    const auto added = test_support::run_command({host,
                                                  "--data",
                                                  data.string(),
                                                  "stores",
                                                  "add",
                                                  "--name",
                                                  "Bench",
                                                  "--domain",
                                                  "bench-shop.myshopify.com",
                                                  "--token",
                                                  "shpat_bench",
                                                  "--client-secret",
                                                  "bench-secret",
                                                  "--order-type",
                                                  "Online order",
                                                  "--identify-by",
                                                  "sku",
                                                  "--api-url",
                                                  shop.url(),
                                                  "--ca-file",
                                                  ca.string()});
    if (added.exit_code != 0) {
        std::cerr << "stores add failed: " << added.err;
        return 1;
    }
    // The reconcile path: subscriptions the plugin registers must not bring the orders.
    if (settings.path == "reconcile") {
        host::http::OutboundClient control({}, true);
        host_api::OutboundRequest off;
        off.url = shop.url("/_sim/webhooks");
        off.body = R"({"enabled": false})";
        off.ca_file = ca.string();
        (void)control.send(off);
    }
    const auto start = std::chrono::steady_clock::now();
    test_support::ChildProcess serve({host, "--data", data.string(), "serve", "--listen",
                                      "127.0.0.1:" + std::to_string(port), "--allow-loopback-outbound"},
                                     dir.path());
    std::this_thread::sleep_for(std::chrono::seconds(1));
    auto store = host::store::HostStore::open(data);
    if (!store) return 1;

    if (settings.path == "intake") {
        const int result = run_intake(settings, port, dir.path());
        serve.signal(SIGTERM);
        serve.wait(std::chrono::seconds(30));
        return result;
    }
    if (settings.path == "webhooks") send_orders(settings, shop, ca);
    const auto timed = settings.path == "bulk" ? timed_bulk_import(shop, **store, serve.pid(), start) : TimedImport{};
    const double posted_after = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    while (imported(**store) < static_cast<std::size_t>(settings.orders)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        if (std::chrono::steady_clock::now() - start > std::chrono::minutes(30)) break;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const auto done = imported(**store);
    const long peak = peak_rss_kib(serve.pid());
    const auto& stats = shop.stats();
    std::printf("import benchmark: %d orders by %s, plan %s\n", settings.orders, settings.path.c_str(),
                settings.plan_name.c_str());
    if (settings.path == "webhooks") std::printf("  orders sent to the local Shopify in  %.1f s\n", posted_after);
    std::printf("  all imported after                   %.1f s  (%zu imported)\n", seconds, done);
    std::printf("  import rate                          %.1f orders/s\n", done / seconds);
    if (settings.path == "bulk") {
        std::printf("  import rate, file served to done     %.1f orders/s  (%.2f s)\n",
                    timed.seconds > 0 ? done / timed.seconds : 0.0, timed.seconds);
        std::printf("  per second of host CPU (one core)    %.1f orders/s  (%.2f CPU s)\n",
                    timed.cpu_seconds > 0 ? done / timed.cpu_seconds : 0.0, timed.cpu_seconds);
    }
    std::printf("  host peak memory (VmHWM)             %.1f MiB\n", peak / 1024.0);
    std::printf("  GraphQL requests                     %llu\n", (unsigned long long)stats.graphql_requests.load());
    std::printf("  API points used                      %llu\n", (unsigned long long)stats.cost_used.load());
    std::printf("  throttled answers                    %llu\n", (unsigned long long)stats.throttled.load());
    std::printf("  points per second / restore rate     %.0f / %.0f\n", stats.cost_used.load() / seconds,
                restore_rate(settings.plan));
    // One HTTP answer is held whole here: the floor runs on files under the host's 64 MiB.
    if (settings.path == "bulk" && settings.orders <= 20000)
        print_bulk_floor(shop, ca, dir.path(), timed.cpu_seconds > 0 ? done / timed.cpu_seconds : 0.0);
    serve.signal(SIGTERM);
    serve.wait(std::chrono::seconds(30));
    return done == static_cast<std::size_t>(settings.orders) ? 0 : 1;
}
