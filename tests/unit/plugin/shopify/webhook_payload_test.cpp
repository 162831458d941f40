// What the plugin reads from a webhook body (R27): the order it is about and when that
// changed; on real webhook bodies from the fixtures and on the shapes they lack.

#include <catch2/catch.hpp>

#include "plugin/shopify/webhook_payload.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/text_file.hpp"

namespace {

std::string webhook_fixture(const std::string& name) {
    return test_support::read_text(test_support::fixtures_dir() / "shopify" / "webhooks" / name);
}

shopify::WebhookPayload payload_of(std::string_view topic, std::string_view body) {
    auto payload = shopify::read_webhook_payload(topic, body);
    REQUIRE(payload.ok());
    return *payload;
}

std::string refusal_of(std::string_view topic, std::string_view body) {
    const auto payload = shopify::read_webhook_payload(topic, body);
    REQUIRE_FALSE(payload.ok());
    return payload.error().message;
}

}  // namespace

TEST_CASE("R27 a real orders/create body gives its order id and updated_at, ids past 2^53 exact", "[webhook]") {
    const auto aud = payload_of("orders/create", webhook_fixture("orders_create_aud.json"));
    CHECK(aud.order_id == "2998557704341");
    REQUIRE(aud.updated_at);
    CHECK(host_api::format_iso8601(*aud.updated_at) == "2020-12-26T21:23:59Z");
    CHECK(payload_of("orders/updated", webhook_fixture("orders_test_webhook.json")).order_id == "820982911946154508");
}

TEST_CASE("R27 the order id is read from the top level only, as a number or a string", "[webhook]") {
    // A line item's id comes first here; the order's own is at the top level.
    CHECK(payload_of("orders/updated", R"({"line_items":[{"id":7}],"id":450789469})").order_id == "450789469");
    CHECK(payload_of("orders/updated", R"({"id":"gid://shopify/Order/450789469"})").order_id == "450789469");
    CHECK(payload_of("orders/updated", R"({"id":"450789469"})").order_id == "450789469");
    CHECK(payload_of("orders/updated", R"({"id":18446744073709551615})").order_id == "18446744073709551615");
    // No id: the GraphQL id stands in for it. Two ids: the first, as a JSON tree finds it.
    CHECK(payload_of("orders/paid", R"({"admin_graphql_api_id":"gid://shopify/Order/42"})").order_id == "42");
    CHECK(payload_of("orders/paid", R"({"id":1,"id":2})").order_id == "1");
    CHECK(
        payload_of("orders/paid", R"({"id":{"n":1},"id":2,"admin_graphql_api_id":"gid://shopify/Order/3"})").order_id ==
        "3");
    CHECK_FALSE(payload_of("orders/paid", R"({"id":1})").updated_at);
}

TEST_CASE("R27 orders/edited names its order in order_edit.order_id", "[webhook]") {
    const auto edited = payload_of(
        "orders/edited",
        R"({"order_edit":{"id":78,"order_id":450789469,"updated_at":"2026-12-01T10:00:00Z","line_items":{}},"id":5})");
    CHECK(edited.order_id == "450789469");
    REQUIRE(edited.updated_at);
    CHECK(host_api::format_iso8601(*edited.updated_at) == "2026-12-01T10:00:00Z");
    CHECK(refusal_of("orders/edited", R"({"id":5})") == "incomplete payload: no order_edit");
    CHECK(refusal_of("orders/edited", R"({"order_edit":"x"})") == "incomplete payload: no order order_id");
}

TEST_CASE("R27 a body that names no order, or is not JSON, is refused with its reason", "[webhook]") {
    CHECK(refusal_of("orders/updated", R"({"order_number":1001})") == "incomplete payload: no order id");
    CHECK(refusal_of("orders/updated", R"({"id":-5})") == "incomplete payload: no order id");
    CHECK(refusal_of("orders/updated", R"({"id":1.5})") == "incomplete payload: no order id");
    CHECK(refusal_of("orders/updated", R"({"id":"gid://shopify/Order/12x"})") == "incomplete payload: no order id");
    CHECK(refusal_of("orders/updated", R"([{"id":1}])") == "malformed payload: not a JSON object");
    CHECK(refusal_of("orders/updated", R"({"id":1)") ==
          "malformed JSON: Missing a comma or '}' after an object member. at offset 7");
    CHECK(refusal_of("orders/updated", R"({"id":1} {})") ==
          "malformed JSON: The document root must not be followed by other values. at offset 9");
    CHECK(refusal_of("orders/updated", "") == "malformed JSON: The document is empty. at offset 0");
}
