#include "tests/sim/nova_poshta/command_line.hpp"

#include <algorithm>
#include <map>

namespace sim::nova_poshta {
namespace {

bool parse_listen(const std::string& text, CommandLine& out) {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) return false;
    std::string host = text.substr(0, colon);
    const std::string port = text.substr(colon + 1);
    if (port.size() > 5 || !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }))
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
    static const std::vector<std::string> known = {"--listen", "--api-key", "--ca-out", "--documents", "--log-level"};
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
    for (const char* required : {"--listen", "--api-key"})
        if (values[required].empty()) problems += std::string(required) + " is required\n";
    if (!values["--listen"].empty() && !parse_listen(values["--listen"], out))
        problems += "--listen: want HOST:PORT, e.g. 127.0.0.1:8444\n";
    out.options.api_key = values["--api-key"];
    if (values.count("--ca-out")) out.ca_out = values["--ca-out"];
    if (values.count("--documents")) out.options.documents_file = values["--documents"];
    if (values.count("--log-level")) {
        const auto& level = values["--log-level"];
        if (level != "debug" && level != "info" && level != "warn" && level != "error")
            problems += "--log-level: one of debug, info, warn, error\n";
        out.log_level = level;
    }
    if (!problems.empty()) return host_api::permanent_error(problems);
    return out;
}

}  // namespace sim::nova_poshta
