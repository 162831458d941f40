#include "host/http/outbound_url.hpp"

#include <catch2/catch.hpp>

using host::http::OutboundUrl;

TEST_CASE("an https URL gives host, port and target", "[http][outbound]") {
    const auto url = OutboundUrl::parse("https://My-Shop.myshopify.com/admin/api/2024-10/graphql.json?a=1#frag");
    REQUIRE(url.ok());
    CHECK(url->tls);
    CHECK(url->host == "my-shop.myshopify.com");
    CHECK(url->port == 443);
    CHECK(url->target == "/admin/api/2024-10/graphql.json?a=1");
    CHECK(url->authority() == "my-shop.myshopify.com");
}

TEST_CASE("ports, bare hosts, queries without a path and IPv6 literals parse", "[http][outbound]") {
    const auto with_port = OutboundUrl::parse("http://127.0.0.1:8080");
    REQUIRE(with_port.ok());
    CHECK_FALSE(with_port->tls);
    CHECK(with_port->port == 8080);
    CHECK(with_port->target == "/");
    CHECK(with_port->authority() == "127.0.0.1:8080");

    const auto query_only = OutboundUrl::parse("https://api.novaposhta.ua?x=1");
    REQUIRE(query_only.ok());
    CHECK(query_only->target == "/?x=1");

    const auto v6 = OutboundUrl::parse("https://[::1]:8443/p");
    REQUIRE(v6.ok());
    CHECK(v6->host == "::1");
    CHECK(v6->port == 8443);
    CHECK(v6->authority() == "[::1]:8443");
}

TEST_CASE("bad URLs are permanent errors that never echo the path or query", "[http][outbound]") {
    for (const char* text :
         {"ftp://x.myshopify.com/", "x.myshopify.com/path", "https:///token=secret",
          "https://user:secret@x.myshopify.com/", "https://x.myshopify.com:0/", "https://x.myshopify.com:99999/",
          "https://x.myshopify.com:80a/", "https://x.myshopify.com/a b?token=secret", "https://[::1/",
          "https://bad host/", "https://[evil.com]/"}) {
        INFO(text);
        const auto url = OutboundUrl::parse(text);
        REQUIRE_FALSE(url.ok());
        CHECK_FALSE(url.error().transient);
        CHECK(url.error().message.find("secret") == std::string::npos);
    }
}
