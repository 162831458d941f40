// What pages send: query parameters (URL-encoded, Cyrillic search text) and JSON bodies.
#include <catch2/catch.hpp>

#include "host/web_api/request_reading.hpp"

using host::web_api::json_object_body;
using host::web_api::query_parameter;

TEST_CASE("query parameters are decoded", "[request_reading]") {
    const std::string query = "source=host&q=%D0%9C%D0%B5%D0%BB%D1%8C%D0%BD%D0%B8%D0%BA+%2B380&page=2";
    CHECK(query_parameter(query, "source") == "host");
    CHECK(query_parameter(query, "q") == "Мельник +380");
    CHECK(query_parameter(query, "page") == "2");
    CHECK(query_parameter(query, "missing").empty());
    CHECK(query_parameter("q=%zz%4", "q") == "%zz%4");
}

TEST_CASE("a body that is not a JSON object is refused with a reason", "[request_reading]") {
    host_api::HttpRequest request;
    request.body = "[1,2]";
    CHECK_FALSE(json_object_body(request));
    request.body = "{\"login\":";
    CHECK_FALSE(json_object_body(request));
    request.body = "{\"login\":\"owner\"}";
    const auto body = json_object_body(request);
    REQUIRE(body);
    CHECK(host::web_api::text_member(*body, "login") == "owner");
    CHECK(host::web_api::text_member(*body, "password").empty());
}

TEST_CASE("R27 a body sent as another content type than JSON is refused with a reason", "[request_reading]") {
    host_api::HttpRequest request;
    request.body = "{\"login\":\"owner\"}";
    for (const char* type : {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                             "application/jsonp"}) {
        INFO(type);
        request.headers = {{"Content-Type", type}};
        const auto refused = json_object_body(request);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message == "the body must be JSON, sent as Content-Type: application/json");
    }
    for (const char* type : {"application/json", "Application/JSON; charset=utf-8"}) {
        INFO(type);
        request.headers = {{"Content-Type", type}};
        CHECK(json_object_body(request));
    }
}
