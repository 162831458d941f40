#include "tests/sim/common/listen_address.hpp"

#include <algorithm>

namespace sim::common {

std::optional<ListenAddress> parse_listen_address(const std::string& text) {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) return std::nullopt;
    const std::string host = text.substr(0, colon);
    const std::string port = text.substr(colon + 1);
    if (port.size() > 5 || !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    const int number = std::stoi(port);
    if (number > 65535) return std::nullopt;
    ListenAddress out;
    out.host_as_given = host;
    const bool bracketed = host.size() > 2 && host.front() == '[' && host.back() == ']';
    out.address = bracketed ? host.substr(1, host.size() - 2) : host;
    out.port = static_cast<std::uint16_t>(number);
    return out;
}

}  // namespace sim::common
