#include "tests/support/slow_client.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>

namespace test_support {
namespace {

using Clock = std::chrono::steady_clock;

int connect_loopback(std::uint16_t port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw std::runtime_error("socket() failed");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        throw std::runtime_error("connect() to 127.0.0.1:" + std::to_string(port) + " failed");
    }
    return fd;
}

bool readable_within(int fd, std::chrono::milliseconds wait) {
    pollfd watched{fd, POLLIN, 0};
    return ::poll(&watched, 1, static_cast<int>(wait.count())) > 0;
}

// Everything until the server closes or `deadline`.
std::string read_to_end(int fd, Clock::time_point deadline) {
    std::string out;
    char chunk[4096];
    while (Clock::now() < deadline) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (!readable_within(fd, left)) break;
        const auto got = ::recv(fd, chunk, sizeof chunk, 0);
        if (got <= 0) break;
        out.append(chunk, static_cast<std::size_t>(got));
    }
    return out;
}

void parse_answer(const std::string& raw, RawAnswer& out) {
    if (raw.rfind("HTTP/1.", 0) != 0 || raw.size() < 12) return;
    out.status = std::stoi(raw.substr(9, 3));
    const auto body_start = raw.find("\r\n\r\n");
    if (body_start != std::string::npos) out.body = raw.substr(body_start + 4);
}

}  // namespace

RawAnswer send_trickled(std::uint16_t port, const std::string& request, std::chrono::milliseconds interval,
                              std::chrono::seconds limit) {
    const auto started = Clock::now();
    const auto deadline = started + limit;
    const int fd = connect_loopback(port);
    RawAnswer out;
    // The pause between bytes is a wait for the server's answer.
    while (out.bytes_sent < request.size() && Clock::now() < deadline) {
        if (::send(fd, request.data() + out.bytes_sent, 1, MSG_NOSIGNAL) != 1) break;
        ++out.bytes_sent;
        if (out.bytes_sent < request.size() && readable_within(fd, interval)) break;
    }
    parse_answer(read_to_end(fd, deadline), out);
    ::close(fd);
    out.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started);
    return out;
}

RawAnswer send_raw(std::uint16_t port, const std::string& request, std::chrono::seconds limit) {
    const auto started = Clock::now();
    const int fd = connect_loopback(port);
    RawAnswer out;
    const auto sent = ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
    out.bytes_sent = sent > 0 ? static_cast<std::size_t>(sent) : 0;
    parse_answer(read_to_end(fd, started + limit), out);
    ::close(fd);
    out.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started);
    return out;
}

IdleConnections::IdleConnections(std::uint16_t port, std::size_t count) {
    sockets_.reserve(count);
    for (std::size_t i = 0; i < count; ++i) sockets_.push_back(connect_loopback(port));
}

IdleConnections::~IdleConnections() {
    for (const int fd : sockets_) ::close(fd);
}

std::size_t IdleConnections::closed_by_server() const {
    std::size_t closed = 0;
    for (const int fd : sockets_) {
        char byte;
        const auto got = ::recv(fd, &byte, 1, MSG_DONTWAIT | MSG_PEEK);
        if (got == 0 || (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) ++closed;
    }
    return closed;
}

}  // namespace test_support
