// Writes the seed corpus of the GraphQL and bulk targets from the REST fixture orders,
// through the same conversion the local Shopify answers with:
//   fuzz_seeds <fixtures dir> <output dir>
// gives <output>/graphql_order_decoder/<fixture>.json (one Order node each) and
// <output>/bulk_orders_file/<fixture>.jsonl (its bulk lines), plus one bulk file with
// every fixture order whose line items come after all the orders.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "tests/sim/shopify/rest_order_conversion.hpp"

namespace fs = std::filesystem;

namespace {

std::string to_line(const rapidjson::Value& value) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    value.Accept(out);
    return std::string(buffer.GetString()) + "\n";
}

struct BulkLines {
    std::string order;
    std::string children;
};

// As a bulk operation writes an order: its line without lineItems, then one line per
// line item naming the order in __parentId.
BulkLines bulk_lines(const std::string& node_json) {
    rapidjson::Document node;
    node.Parse(node_json.c_str());
    BulkLines out;
    if (!node.IsObject() || !node.HasMember("lineItems")) return out;
    const std::string gid = node["id"].GetString();
    for (auto& line : node["lineItems"]["nodes"].GetArray()) {
        line.AddMember("__parentId", rapidjson::Value(gid.c_str(), node.GetAllocator()), node.GetAllocator());
        out.children += to_line(line);
    }
    node.RemoveMember("lineItems");
    out.order = to_line(node);
    return out;
}

std::vector<const rapidjson::Value*> orders_of(const rapidjson::Document& document) {
    if (document.HasMember("order")) return {&document["order"]};
    std::vector<const rapidjson::Value*> out;
    if (document.HasMember("orders") && document["orders"].IsArray())
        for (const auto& order : document["orders"].GetArray()) out.push_back(&order);
    else if (document.HasMember("id"))
        out.push_back(&document);
    return out;
}

void write(const fs::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: fuzz_seeds <fixtures dir> <output dir>\n";
        return 2;
    }
    const fs::path fixtures = fs::path(argv[1]) / "shopify";
    const fs::path graphql_dir = fs::path(argv[2]) / "graphql_order_decoder";
    const fs::path bulk_dir = fs::path(argv[2]) / "bulk_orders_file";
    fs::create_directories(graphql_dir);
    fs::create_directories(bulk_dir);
    BulkLines every;
    int written = 0;
    for (const auto& entry : fs::recursive_directory_iterator(fixtures)) {
        if (entry.path().extension() != ".json") continue;
        std::ifstream in(entry.path());
        std::ostringstream text;
        text << in.rdbuf();
        rapidjson::Document document;
        document.Parse(text.str().c_str());
        if (document.HasParseError() || !document.IsObject()) continue;
        int index = 0;
        for (const auto* order : orders_of(document)) {
            const auto name = entry.path().stem().string() + "-" + std::to_string(index++);
            const auto node = sim::shopify::graphql_order_json(*order);
            write(graphql_dir / (name + ".json"), node);
            const auto lines = bulk_lines(node);
            write(bulk_dir / (name + ".jsonl"), lines.order + lines.children);
            every.order += lines.order;
            every.children = lines.children + every.children;
            ++written;
        }
    }
    write(bulk_dir / "every-fixture-order.jsonl", every.order + every.children);
    std::cout << "fuzz_seeds: " << written << " fixture orders written to " << argv[2] << "\n";
    return written > 0 ? 0 : 1;
}
