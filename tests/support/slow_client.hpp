#pragma once
// Clients that misbehave on purpose, for the limits of the host's HTTP server: one that
// trickles a request a byte at a time (slowloris), one that sends bytes no HTTP library
// would, and connections that never send.
// Plain blocking sockets on 127.0.0.1; every wait is bounded.
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace test_support {

struct RawAnswer {
    int status = 0;  // 0: no answer before the connection ended
    std::string body;
    std::size_t bytes_sent = 0;
    std::chrono::milliseconds elapsed{0};
};

// Sends `request` one byte per `interval`, and stops sending as soon as the server
// answers or closes (so the answer is not lost to a reset), then reads the answer.
RawAnswer send_trickled(std::uint16_t port, const std::string& request, std::chrono::milliseconds interval,
                              std::chrono::seconds limit);
// The request's bytes exactly as given (no client library to tidy the path), at once.
RawAnswer send_raw(std::uint16_t port, const std::string& request, std::chrono::seconds limit);

// Connections to 127.0.0.1:port that send nothing; closed with the object.
class IdleConnections {
public:
    IdleConnections(std::uint16_t port, std::size_t count);
    ~IdleConnections();
    IdleConnections(const IdleConnections&) = delete;
    IdleConnections& operator=(const IdleConnections&) = delete;

    std::size_t opened() const { return sockets_.size(); }
    // How many the server has closed so far (a read sees end of stream or a reset).
    std::size_t closed_by_server() const;

private:
    std::vector<int> sockets_;
};

}  // namespace test_support
