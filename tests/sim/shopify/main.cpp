// shopify-sim: a local Shopify for tests, scripts and the demo. It speaks HTTPS only,
// with a CA and a server certificate (localhost, 127.0.0.1, ::1, the shop domain) made at
// start.
//
//   shopify-sim --listen HOST:PORT --shop NAME.myshopify.com --token T --client-secret S
//               [--plan basic|grow|advanced|plus] [--currency UAH] [--ca-out FILE]
//               [--webhook-url URL] [--orders FILE] [--log-level debug|info|warn|error]
//
//   --listen       address and port (port 0: any free port; the line below shows it)
//   --shop         the myshopify domain (X-Shopify-Shop-Domain of webhooks)
//   --token        an Admin API access token that never expires
//   --client-secret  the app's secret: the client credentials grant, webhook HMACs
//   --plan         bucket size and rate; basic also withholds customer data (default grow)
//   --currency     the shop currency, for orders that carry none (default UAH)
//   --ca-out       writes the CA certificate (PEM) there for clients to trust
//   --webhook-url  where orders/create, orders/updated, orders/cancelled go (http/https)
//   --orders       a JSON file of REST orders ([…], {"orders":[…]} or {"order":…}),
//                  loaded at start without webhooks
//   --log-level    debug logs every request (path and status, never a header)
//
// When ready it prints exactly one line on stdout, "shopify-sim listening on
// https://HOST:PORT", and runs until SIGINT or SIGTERM. Exit codes: 0 after a signal,
// 1 when it cannot start (reason on stderr), 2 for a usage error.
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "tests/sim/shopify/command_line.hpp"
#include "tests/sim/shopify/shopify_sim.hpp"

int main(int argc, char** argv) {
    using namespace sim::shopify;
    auto command = parse_command_line(std::vector<std::string>(argv + 1, argv + argc));
    if (!command) {
        std::cerr << command.error().message << k_usage;
        return 2;
    }
    // Logs go to stderr: stdout carries only the "listening" line scripts wait for.
    spdlog::set_default_logger(spdlog::stderr_color_mt("shopify-sim"));
    spdlog::set_level(spdlog::level::from_str(command->log_level));

    // Blocked before any thread starts, so every thread inherits the mask and the signals
    // wait for sigwait below. A shell starts background jobs with SIGINT ignored, and an
    // ignored signal is discarded rather than kept for sigwait: restore the default first.
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    try {
        ShopifySim sim(command->options);
        if (!command->ca_out.empty()) {
            std::ofstream file(command->ca_out, std::ios::binary | std::ios::trunc);
            file << sim.ca_pem();
            file.close();
            if (!file) throw std::runtime_error("cannot write the CA to " + command->ca_out.string());
        }
        const std::string host = command->listen_host;
        std::cout << "shopify-sim listening on https://" << host << ":" << sim.port() << std::endl;
        spdlog::info("shop {} on plan {}, webhooks to {}", command->options.shop_domain,
                     plan_name(command->options.plan),
                     command->options.webhook_url.empty() ? "(none yet)" : command->options.webhook_url);
        int received = 0;
        sigwait(&signals, &received);
        spdlog::info("signal {}: stopping", received);
        sim.stop();
    } catch (const std::exception& e) {
        std::cerr << "shopify-sim: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
