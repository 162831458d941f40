#include "tests/sim/shopify/command_line.hpp"

#include <algorithm>
#include <map>

#include "tests/sim/shopify/webhook_url.hpp"

namespace sim::shopify {
namespace {

bool valid_shop_domain(const std::string& domain) {
    const std::string suffix = ".myshopify.com";
    if (domain.size() <= suffix.size() || domain.compare(domain.size() - suffix.size(), suffix.size(), suffix) != 0)
        return false;
    const auto name = domain.substr(0, domain.size() - suffix.size());
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

bool parse_listen(const std::string& text, CommandLine& out) {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) return false;
    std::string host = text.substr(0, colon);
    const std::string port = text.substr(colon + 1);
    if (!std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }) || port.size() > 5)
        return false;
    const int number = std::stoi(port);
    if (number > 65535) return false;
    out.listen_host = host;
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    out.options.address = host;
    out.options.port = static_cast<std::uint16_t>(number);
    return true;
}

}  // namespace

host_api::Result<CommandLine> parse_command_line(const std::vector<std::string>& arguments) {
    static const std::vector<std::string> known = {"--listen", "--shop",     "--token",  "--client-secret",
                                                   "--plan",   "--currency", "--ca-out", "--webhook-url",
                                                   "--orders", "--log-level"};
    std::map<std::string, std::string> values;
    std::string problems;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const auto& flag = arguments[i];
        if (std::find(known.begin(), known.end(), flag) == known.end()) {
            problems += "unknown option " + flag + "\n";
            continue;
        }
        if (i + 1 == arguments.size()) {
            problems += flag + " needs a value\n";
            break;
        }
        values[flag] = arguments[++i];
    }
    CommandLine out;
    for (const char* required : {"--listen", "--shop", "--token", "--client-secret"})
        if (values[required].empty()) problems += std::string(required) + " is required\n";
    if (!values["--listen"].empty() && !parse_listen(values["--listen"], out))
        problems += "--listen: want HOST:PORT, e.g. 127.0.0.1:8443\n";
    if (!values["--shop"].empty() && !valid_shop_domain(values["--shop"]))
        problems += "--shop: want NAME.myshopify.com (lowercase letters, digits, dashes)\n";
    out.options.shop_domain = values["--shop"];
    out.options.token = values["--token"];
    out.options.client_secret = values["--client-secret"];
    if (values.count("--plan")) {
        if (auto plan = parse_plan(values["--plan"])) {
            out.options.plan = *plan;
        } else {
            problems += "--plan: one of basic, grow, advanced, plus\n";
        }
    }
    if (values.count("--currency")) {
        const auto& code = values["--currency"];
        if (code.size() != 3 || !std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
            problems += "--currency: a three-letter ISO 4217 code such as UAH\n";
        out.options.currency = code;
    }
    if (values.count("--webhook-url")) {
        if (!parse_webhook_url(values["--webhook-url"])) problems += "--webhook-url: want an http:// or https:// URL\n";
        out.options.webhook_url = values["--webhook-url"];
    }
    if (values.count("--orders")) out.options.orders_file = values["--orders"];
    if (values.count("--ca-out")) out.ca_out = values["--ca-out"];
    if (values.count("--log-level")) out.log_level = values["--log-level"];
    if (!problems.empty()) return host_api::permanent_error(problems);
    return out;
}

}  // namespace sim::shopify
