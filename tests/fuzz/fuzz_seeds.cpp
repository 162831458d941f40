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

#include "tests/sim/shopify/bulk_order_lines.hpp"
#include "tests/sim/shopify/rest_order_conversion.hpp"

namespace fs = std::filesystem;

namespace {

// An order's bulk lines as file text: its order line and its children's, one per line.
struct BulkText {
    std::string order;
    std::string children;
};

BulkText bulk_text(const rapidjson::Value& rest_order) {
    const auto lines = sim::shopify::bulk_order_lines(rest_order);
    BulkText out{lines.order + "\n", {}};
    for (const auto& child : lines.children) out.children += child + "\n";
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

void write(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }

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
    BulkText every;
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
            write(graphql_dir / (name + ".json"), sim::shopify::graphql_order_json(*order));
            const auto lines = bulk_text(*order);
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
