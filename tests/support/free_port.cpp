#include "tests/support/free_port.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <fstream>
#include <random>
#include <stdexcept>

namespace test_support {
namespace {

constexpr int k_lowest = 10000;  // below: ports that well-known services use
constexpr int k_tries = 200;

int ephemeral_range_start() {
    std::ifstream range("/proc/sys/net/ipv4/ip_local_port_range");
    int low = 0;
    if (!(range >> low) || low <= k_lowest + 1000) return 32768;  // Linux's default
    return low;
}

bool can_bind(std::uint16_t port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw std::runtime_error("socket() failed");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return bound;
}

}  // namespace

std::uint16_t free_loopback_port() {
    static thread_local std::mt19937 random{std::random_device{}()};
    std::uniform_int_distribution<int> pick(k_lowest, ephemeral_range_start() - 1);
    for (int i = 0; i < k_tries; ++i) {
        const auto port = static_cast<std::uint16_t>(pick(random));
        if (can_bind(port)) return port;
    }
    throw std::runtime_error("no free loopback port below the ephemeral range");
}

}  // namespace test_support
