#pragma once
// The port a child process says it listens on ("… listening on [scheme://]127.0.0.1:PORT"
// in its output). Started with port 0, the child is given a port by the system as it
// binds; a port picked free beforehand could be taken by another process (another test's
// outgoing connection, or the child's own local servers) before the child binds it.
#include <chrono>
#include <cstdint>

#include "tests/support/child_process.hpp"

namespace test_support {

// 0 when the child has not said so within `limit`.
std::uint16_t listening_port(const ChildProcess& child, std::chrono::seconds limit = std::chrono::seconds(30));

}  // namespace test_support
