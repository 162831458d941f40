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
#include <string>
#include <vector>

#include <spdlog/spdlog.h>

#include "tests/sim/common/sim_program.hpp"
#include "tests/sim/shopify/command_line.hpp"
#include "tests/sim/shopify/shopify_sim.hpp"

int main(int argc, char** argv) {
    using namespace sim::shopify;
    auto command = parse_command_line(std::vector<std::string>(argv + 1, argv + argc));
    if (!command) return sim::common::usage_error(command.error().message);
    const auto& options = command->options;
    return sim::common::SimProgram("shopify-sim", command->program).serve<ShopifySim>(options, [&](const ShopifySim&) {
        spdlog::info("shop {} on plan {}, webhooks to {}", options.shop_domain, plan_name(options.plan),
                     options.webhook_url.empty() ? "(none yet)" : options.webhook_url);
    });
}
