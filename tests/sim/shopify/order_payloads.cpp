#include "tests/sim/shopify/order_payloads.hpp"

#include <fstream>
#include <sstream>

#include <rapidjson/error/en.h>

#include "tests/sim/shopify/json_fields.hpp"

namespace sim::shopify {

std::vector<const rapidjson::Value*> orders_in(const rapidjson::Value& json) {
    std::vector<const rapidjson::Value*> out;
    const rapidjson::Value* list = &json;
    if (json.IsObject()) {
        if (const auto* order = member(json, "order")) return {order};
        if (const auto* orders = member(json, "orders")) {
            list = orders;
        } else {
            return {&json};
        }
    }
    if (list->IsArray()) {
        for (const auto& order : list->GetArray()) out.push_back(&order);
    }
    return out;
}

host_api::Result<rapidjson::Document> read_json_file(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) return host_api::permanent_error("cannot read " + path.string());
    std::ostringstream text;
    text << file.rdbuf();
    const std::string content = text.str();
    rapidjson::Document document;
    document.Parse(content.c_str(), content.size());
    if (document.HasParseError())
        return host_api::permanent_error(path.string() + ": not JSON (" +
                                         rapidjson::GetParseError_En(document.GetParseError()) + " at offset " +
                                         std::to_string(document.GetErrorOffset()) + ")");
    return document;
}

}  // namespace sim::shopify
