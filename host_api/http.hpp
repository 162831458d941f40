#pragma once
// Inbound routes a plugin registers on the host's HTTP server, and outbound HTTP(S) to the
// hosts the manifest declares. Plain structs: no Beast type crosses the boundary.
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "host_api/result.hpp"

namespace host_api {

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

// Header names compare case-insensitively (RFC 9110).
inline std::optional<std::string> find_header(const HttpHeaders& headers, std::string_view name) {
    for (const auto& [key, value] : headers) {
        if (key.size() != name.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < key.size() && same; ++i) {
            const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
            same = lower(key[i]) == lower(name[i]);
        }
        if (same) return value;
    }
    return std::nullopt;
}

struct HttpRequest {
    std::string method;  // "GET", "POST"
    std::string path;    // without the query
    std::string query;   // after '?', undecoded
    HttpHeaders headers;
    std::string body;  // the raw bytes, as received (webhook HMACs are over these)

    std::optional<std::string> header(std::string_view name) const { return find_header(headers, name); }
};

struct HttpResponse {
    int status = 200;
    std::string content_type = "application/json";
    HttpHeaders headers;
    std::string body;
};

// The one answer to one request, given now or later, from any thread. Copies share it:
// the first answer counts and later ones are dropped. When the last copy goes without an
// answer (a handler that failed or forgot), the request is answered 503, so the client
// retries instead of waiting for nothing.
class HttpResponder {
public:
    using Deliver = std::function<void(HttpResponse)>;

    explicit HttpResponder(Deliver deliver) : pending_(std::make_shared<Pending>(std::move(deliver))) {}

    void answer(HttpResponse response) const {
        // Only the first caller gets here; it releases the host's side at once, so a copy
        // kept afterwards holds nothing of the request.
        if (pending_->answered.exchange(true)) return;
        Deliver deliver = std::move(pending_->deliver);
        pending_->deliver = nullptr;
        deliver(std::move(response));
    }

private:
    struct Pending {
        explicit Pending(Deliver to) : deliver(std::move(to)) {}
        Pending(const Pending&) = delete;
        Pending& operator=(const Pending&) = delete;
        ~Pending() {
            if (!answered.load()) deliver(HttpResponse{503, "application/json", {}, R"({"error":"no answer"})"});
        }
        std::atomic<bool> answered{false};
        Deliver deliver;
    };
    std::shared_ptr<Pending> pending_;
};

// Answers at once, on the server's thread.
using RouteHandler = std::function<HttpResponse(const HttpRequest&)>;
// Answers through the responder, possibly later from another thread: the server's thread
// is free meanwhile. The request is valid during the call only; keep what is needed.
using DeferredRouteHandler = std::function<void(const HttpRequest&, HttpResponder)>;

class HttpRoutes {
public:
    virtual ~HttpRoutes() = default;

    // An exact method and path. Handlers run on the server's threads and must answer fast.
    virtual Result<void> add_route(const std::string& method, const std::string& path, RouteHandler handler) = 0;
    // For a handler that waits on something (a disk flush shared by many requests): the
    // owner counts as running until the answer is given, so its library stays loaded.
    virtual Result<void> add_deferred_route(const std::string& method, const std::string& path,
                                            DeferredRouteHandler handler) = 0;
};

struct OutboundRequest {
    std::string method = "POST";
    std::string url;  // https://host[:port]/path?query (http:// only to loopback)
    HttpHeaders headers;
    std::string body;
    std::chrono::milliseconds timeout{30000};
    std::string ca_file;  // PEM to trust instead of the system store (the local Shopify)
    // When set, a successful (2xx) response's body is handed to it piece by piece as it
    // arrives instead of into OutboundResponse::body, and may be of any length: a large
    // file goes to disk without being held in memory. Another status's body (an error
    // page) is kept in OutboundResponse::body as without a sink. Returning false stops the
    // transfer and fails the request (e.g. the disk is full).
    std::function<bool(std::string_view piece)> body_sink;
};

struct OutboundResponse {
    int status = 0;
    HttpHeaders headers;
    std::string body;

    std::optional<std::string> header(std::string_view name) const { return find_header(headers, name); }
};

class OutboundHttp {
public:
    virtual ~OutboundHttp() = default;

    // Refused (permanent error) for a host the manifest does not declare. A connection
    // failure or timeout is a transient error; any HTTP status is a response.
    virtual Result<OutboundResponse> send(const OutboundRequest& request) = 0;
};

}  // namespace host_api
