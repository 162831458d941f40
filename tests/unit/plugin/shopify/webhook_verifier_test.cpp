#include <catch2/catch.hpp>

#include "plugin/shopify/webhook_verifier.hpp"

TEST_CASE("R27 a webhook HMAC is the base64 HMAC-SHA256 of the raw body") {
    // Known answer: printf '{"id":1}' | openssl dgst -sha256 -hmac secret -binary | base64
    const shopify::WebhookVerifier verifier("secret");
    CHECK(verifier.sign("{\"id\":1}") == "A971iWIMgT8Zj9A9eWfikrFj7wQ16/Qwcc4OlRl2PLc=");
    CHECK(verifier.verify("{\"id\":1}", verifier.sign("{\"id\":1}")));
}

TEST_CASE("R27 a wrong, truncated or empty signature, or a changed body, is refused") {
    const shopify::WebhookVerifier verifier("secret");
    const auto good = verifier.sign("{\"id\":1}");
    CHECK_FALSE(verifier.verify("{\"id\":2}", good));
    CHECK_FALSE(verifier.verify("{\"id\":1}", good.substr(0, good.size() - 1)));
    CHECK_FALSE(verifier.verify("{\"id\":1}", ""));
    CHECK_FALSE(shopify::WebhookVerifier("other").verify("{\"id\":1}", good));
    CHECK_FALSE(shopify::WebhookVerifier("").verify("{\"id\":1}", shopify::WebhookVerifier("").sign("{\"id\":1}")));
}
