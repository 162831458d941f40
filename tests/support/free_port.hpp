#pragma once
// A TCP port on 127.0.0.1 that nothing listens on right now, for a test that must know the
// port before its server starts (a host restarted on the same port, a webhook address
// given to the local Shopify first). Where the port may be chosen as the server binds,
// start it on port 0 and read the port it names (listening_port.hpp).
#include <cstdint>

namespace test_support {

// Chosen below the system's ephemeral range (ip_local_port_range): outgoing connections
// and port-0 binds, of this test or another running beside it, take their ports from that
// range, so they cannot take this one before the server binds it.
std::uint16_t free_loopback_port();

}  // namespace test_support
