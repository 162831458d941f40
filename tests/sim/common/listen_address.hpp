#pragma once
// Where a sim listens, from --listen HOST:PORT.
#include <cstdint>
#include <optional>
#include <string>

namespace sim::common {

struct ListenAddress {
    std::string host_as_given;          // "[::1]" keeps its brackets, for the "listening on" line
    std::string address = "127.0.0.1";  // what to bind: "::1", "localhost", "0.0.0.0"
    std::uint16_t port = 0;
};

// HOST:PORT with a port from 0 to 65535; nullopt for anything else.
std::optional<ListenAddress> parse_listen_address(const std::string& text);

}  // namespace sim::common
