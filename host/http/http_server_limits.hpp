#pragma once
// Bounds that keep one client from holding the server: body size and how long a
// connection may take to send a request or read its answer.
#include <chrono>
#include <cstddef>

namespace host::http {

struct HttpServerLimits {
    // Shopify webhook bodies are far below this; anything larger is not ours (413).
    std::size_t body_limit = 10 * 1024 * 1024;
    std::size_t header_limit = 16 * 1024;
    // Also how long an idle keep-alive connection stays open.
    std::chrono::steady_clock::duration read_timeout = std::chrono::seconds(30);
    std::chrono::steady_clock::duration write_timeout = std::chrono::seconds(30);
};

}  // namespace host::http
