#pragma once
// A TCP port on 127.0.0.1 that nothing listens on right now, chosen by the kernel.
#include <cstdint>

namespace test_support {

std::uint16_t free_loopback_port();

}  // namespace test_support
