// libFuzzer target: the JSONL file of a bulk operation, indexed and every order decoded;
// and each line's keys as the index reads them (by quotes and brackets) held to what the
// JSON parser reads from every line it takes for one object.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "plugin/shopify/bulk_line_keys.hpp"
#include "plugin/shopify/bulk_orders_file.hpp"

namespace {

// The number of top-level members named `name`: with two, which one counts is the
// parser's choice of the moment, so such a line is not compared.
int members_named(const rapidjson::Value& object, const char* name) {
    int count = 0;
    for (const auto& member : object.GetObject())
        if (std::string_view(member.name.GetString(), member.name.GetStringLength()) == name) ++count;
    return count;
}

std::string string_member(const rapidjson::Value& object, const char* name) {
    const auto found = object.FindMember(name);
    if (found == object.MemberEnd() || !found->value.IsString()) return {};
    return {found->value.GetString(), found->value.GetStringLength()};
}

void check_line_keys(std::string_view line) {
    rapidjson::Document doc;
    doc.Parse(line.data(), line.size());
    if (doc.HasParseError() || !doc.IsObject()) return;
    if (members_named(doc, "id") > 1 || members_named(doc, "__parentId") > 1) return;
    const auto keys = shopify::read_bulk_line_keys(line);
    if (!keys) __builtin_trap();  // an object the parser reads must be placed
    if (keys->id != string_member(doc, "id") || keys->parent != string_member(doc, "__parentId")) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string jsonl(reinterpret_cast<const char*>(data), size);
    for (const auto& order : shopify::read_bulk_orders(jsonl)) {
        if (order.order && order.order.value().id.empty()) __builtin_trap();  // a decoded order has its id
    }
    for (std::size_t start = 0; start <= jsonl.size();) {
        auto end = jsonl.find('\n', start);
        if (end == std::string::npos) end = jsonl.size();
        check_line_keys(std::string_view(jsonl).substr(start, end - start));
        start = end + 1;
    }
    return 0;
}
