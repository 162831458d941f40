// The index's reading of a bulk file line by its quotes and brackets, held to what a JSON
// parser reads from the same line.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "plugin/shopify/bulk_line_keys.hpp"
#include "tests/sim/shopify/bulk_order_lines.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/text_file.hpp"

namespace {

// The parser's reading: the line as one object, its top-level "id" and "__parentId" strings.
std::optional<shopify::BulkLineKeys> parsed(const std::string& line) {
    rapidjson::Document doc;
    doc.Parse(line.c_str(), line.size());
    if (doc.HasParseError() || !doc.IsObject()) return std::nullopt;
    shopify::BulkLineKeys keys;
    if (doc.HasMember("id") && doc["id"].IsString()) keys.id = doc["id"].GetString();
    if (doc.HasMember("__parentId") && doc["__parentId"].IsString()) keys.parent = doc["__parentId"].GetString();
    return keys;
}

void check_same_as_parser(const std::string& line) {
    INFO(line);
    const auto expected = parsed(line);
    const auto got = shopify::read_bulk_line_keys(line);
    REQUIRE(got.has_value() == expected.has_value());
    if (!expected) return;
    CHECK(got->id == expected->id);
    CHECK(got->parent == expected->parent);
}

// Every order fixture as the lines of a bulk file.
std::vector<std::string> fixture_lines() {
    std::vector<std::string> lines;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(test_support::fixtures_dir() / "shopify")) {
        if (entry.path().extension() != ".json") continue;
        rapidjson::Document rest;
        rest.Parse(test_support::read_text(entry.path()).c_str());
        if (rest.HasParseError() || !rest.IsObject()) continue;
        const auto& order = rest.HasMember("order") ? rest["order"] : rest;
        if (!order.IsObject() || !order.HasMember("line_items")) continue;
        auto bulk = sim::shopify::bulk_order_lines(order);
        lines.push_back(bulk.order);
        for (auto& child : bulk.children) lines.push_back(child);
    }
    return lines;
}

}  // namespace

TEST_CASE("R18 every line of the fixtures' bulk files gives the keys a JSON parser reads") {
    const auto lines = fixture_lines();
    REQUIRE(lines.size() > 10);
    std::size_t children = 0;
    for (const auto& line : lines) {
        check_same_as_parser(line);
        if (line.find("__parentId") != std::string::npos) ++children;
    }
    CHECK(children > 5);  // line item lines were among them, not only orders
}

TEST_CASE("R18 quotes, brackets and escapes inside strings do not mislead the line's reading") {
    for (const std::string& line : std::initializer_list<std::string>{
             R"({"id":"gid://shopify/Order/1"})",
             R"(  {"id" : "gid://shopify/Order/1" , "name":"#1"}  )",
             R"({"name":"a \"quoted\" {[ name","id":"gid://shopify/Order/2"})",
             R"({"note":"ends in a backslash \\","id":"gid://shopify/Order/3"})",
             R"({"note":"\\\"","__parentId":"gid://shopify/Order/3","id":"gid://shopify/LineItem/4"})",
             R"({"id":"gid:\/\/shopify\/Order\/5"})",
             R"({"id":"gid://shopify/Order/\u0036"})",
             R"({"extra":{"id":"gid://shopify/Customer/9","__parentId":"gid://shopify/Order/77"},"id":"gid://shopify/Order/6"})",
             R"({"id":["gid://shopify/Order/7"],"__parentId":{"id":"x"}})",
             R"({"id":7,"__parentId":null})",
             R"({"list":[1,{"id":"inner"},"x,y"],"id":"outer"})",
             R"({})",
             R"([{"id":"gid://shopify/Order/4"}])",
             R"("text")",
             R"(42)",
             R"(null)",
             R"({"id":"gid://shopify/Order/3"} trailing)",
             R"({"id":"gid://shopify/Order/3"}})",
             R"({"id":"gid://shopify/Order/3")",
             R"({"id":"gid://shopify/Order/3)",
             R"({"name":"cut \")",
             "",
             "   ",
             "\xEF{\"id\":\"gid://shopify/Order/10\"}",
             "\xEF\xBB{\"id\":\"gid://shopify/Order/10\"}",
             "\xEF\xBB\xBF{\"id\":\"gid://shopify/Order/10\"}",
             "\xEF\xBB\xBF{\"id\":\"gid:\\/\\/shopify\\/Order\\/11\"}",
             std::string("{\"id\":\"gid://shopify/Order/9\"}\0\0", 32),
             std::string("{\"id\":\"gid://shopify/Order/9\"} \0x", 33),
         })
        check_same_as_parser(line);
}

TEST_CASE("R27 a line that is not JSON inside a whole object is placed by its keys, so its order fails with a reason") {
    // Brackets and quotes balance, so the line is placed; the parser refuses it when its
    // order is decoded, and the imports log gets that order's failure instead of an item lost.
    const auto keys = shopify::read_bulk_line_keys(R"({"id":"gid://shopify/LineItem/1" "x","__parentId":"gid://shopify/Order/1"})");
    REQUIRE(keys);
    CHECK(keys->parent == "gid://shopify/Order/1");
}

TEST_CASE("R27 a line that starts with a byte order mark is still placed, to fail with its reason when decoded") {
    const auto keys = shopify::read_bulk_line_keys("\xEF\xBB\xBF{\"id\":\"gid://shopify/Order/8\"}");
    REQUIRE(keys);
    CHECK(keys->id == "gid://shopify/Order/8");
}
