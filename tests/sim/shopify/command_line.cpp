#include "tests/sim/shopify/command_line.hpp"

#include <algorithm>

#include "tests/sim/common/command_flags.hpp"
#include "tests/sim/shopify/webhook_url.hpp"

namespace sim::shopify {
namespace {

constexpr const char* k_usage =
    "usage: shopify-sim --listen HOST:PORT --shop NAME.myshopify.com --token T --client-secret S\n"
    "                   [--plan basic|grow|advanced|plus] [--currency CODE] [--ca-out FILE]\n"
    "                   [--webhook-url URL] [--orders FILE] [--log-level debug|info|warn|error]\n";

bool valid_shop_domain(const std::string& domain) {
    const std::string suffix = ".myshopify.com";
    if (domain.size() <= suffix.size() || domain.compare(domain.size() - suffix.size(), suffix.size(), suffix) != 0)
        return false;
    const auto name = domain.substr(0, domain.size() - suffix.size());
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

bool valid_currency(const std::string& code) {
    return code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// --shop, --token, --client-secret, --plan, --currency, --webhook-url, --orders.
void read_shop_options(common::CommandFlags& flags, SimOptions& out) {
    if (!flags.value("--shop").empty() && !valid_shop_domain(flags.value("--shop")))
        flags.add_problem("--shop: want NAME.myshopify.com (lowercase letters, digits, dashes)\n");
    out.shop_domain = flags.value("--shop");
    out.token = flags.value("--token");
    out.client_secret = flags.value("--client-secret");
    if (flags.given("--plan")) {
        if (auto plan = parse_plan(flags.value("--plan"))) {
            out.plan = *plan;
        } else {
            flags.add_problem("--plan: one of basic, grow, advanced, plus\n");
        }
    }
    if (flags.given("--currency")) {
        out.currency = flags.value("--currency");
        if (!valid_currency(out.currency)) flags.add_problem("--currency: a three-letter ISO 4217 code such as UAH\n");
    }
    if (flags.given("--webhook-url")) {
        out.webhook_url = flags.value("--webhook-url");
        if (!parse_webhook_url(out.webhook_url)) flags.add_problem("--webhook-url: want an http:// or https:// URL\n");
    }
    if (flags.given("--orders")) out.orders_file = flags.value("--orders");
}

}  // namespace

host_api::Result<CommandLine> parse_command_line(const std::vector<std::string>& arguments) {
    common::CommandFlags flags(arguments, {"--listen", "--shop", "--token", "--client-secret", "--plan", "--currency",
                                           "--ca-out", "--webhook-url", "--orders", "--log-level"});
    flags.require({"--listen", "--shop", "--token", "--client-secret"});
    CommandLine out;
    out.program = common::read_program_options(flags, "127.0.0.1:8443");
    out.options.address = out.program.listen.address;
    out.options.port = out.program.listen.port;
    read_shop_options(flags, out.options);
    if (!flags.problems().empty()) return host_api::permanent_error(flags.problems() + k_usage);
    return out;
}

}  // namespace sim::shopify
