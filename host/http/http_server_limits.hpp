#pragma once
// Bounds that keep one client from holding the server: body size, how long a connection
// may wait before its next request, take to send a request or read its answer, and how
// many connections may be open at once.
#include <chrono>
#include <cstddef>

namespace host::http {

struct HttpServerLimits {
    // Shopify webhook bodies are far below this; anything larger is not ours (413).
    std::size_t body_limit = 10 * 1024 * 1024;
    std::size_t header_limit = 16 * 1024;
    // How long a connection may sit without sending the first byte of a request (a new
    // one, or a keep-alive one between requests); then it is closed without an answer.
    std::chrono::steady_clock::duration idle_timeout = std::chrono::seconds(15);
    // From a request's first byte to its last (header and body together): a client that
    // trickles its request (slowloris) gets 408 when this runs out, however steadily it sends.
    std::chrono::steady_clock::duration request_timeout = std::chrono::seconds(30);
    std::chrono::steady_clock::duration write_timeout = std::chrono::seconds(30);
    // Open connections at most. A connection beyond it closes the longest-open one that is
    // still waiting for a request header, as nginx reuses its keep-alive connections when
    // worker_connections run out; with none such, the newcomer gets 503.
    std::size_t max_connections = 1024;
};

}  // namespace host::http
