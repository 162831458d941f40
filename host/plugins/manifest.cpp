#include "host/plugins/manifest.hpp"

#include <fstream>
#include <set>
#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "host/plugins/json_schema_errors.hpp"
#include "host/plugins/manifest_schema.hpp"

namespace host::plugins {
namespace {

using host_api::Result;

Result<std::string> read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return host_api::permanent_error(path.string() + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> strings_of(const rapidjson::Value& object, const char* name) {
    std::vector<std::string> out;
    const auto member = object.FindMember(name);
    if (member == object.MemberEnd()) return out;
    for (const auto& item : member->value.GetArray()) out.emplace_back(item.GetString());
    return out;
}

std::string string_of(const rapidjson::Value& object, const char* name) {
    const auto member = object.FindMember(name);
    return member == object.MemberEnd() ? std::string() : std::string(member->value.GetString());
}

std::string to_json(const rapidjson::Value& value) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    value.Accept(writer);
    return buffer.GetString();
}

AdapterEntry adapter_of(const rapidjson::Value& entry) {
    AdapterEntry adapter;
    adapter.id = string_of(entry, "id");
    adapter.name = entry.HasMember("name") ? string_of(entry, "name") : adapter.id;
    adapter.library = string_of(entry, "library");
    adapter.takes = strings_of(entry, "takes");
    adapter.refuses = strings_of(entry, "refuses");
    adapter.countries = strings_of(entry, "countries");
    adapter.fallback = entry.HasMember("fallback") && entry["fallback"].GetBool();
    return adapter;
}

Manifest manifest_of(const rapidjson::Document& json, const std::filesystem::path& path) {
    Manifest manifest;
    manifest.path = path;
    manifest.id = string_of(json, "id");
    manifest.name = string_of(json, "name");
    manifest.version = string_of(json, "version");
    manifest.host_api_version = json["host_api_version"].GetInt();
    manifest.library = string_of(json, "library");
    manifest.outbound_hosts = strings_of(json, "outbound_hosts");
    for (const auto& entry : json["adapters"].GetArray()) manifest.adapters.push_back(adapter_of(entry));
    manifest.settings_schema = to_json(json["settings_schema"]);
    return manifest;
}

// What the schema cannot say: adapter ids are unique and at most one is the fallback.
std::string adapter_problem(const Manifest& manifest) {
    std::set<std::string> ids;
    int fallbacks = 0;
    for (const auto& adapter : manifest.adapters) {
        if (!ids.insert(adapter.id).second) return "adapter id '" + adapter.id + "' appears twice";
        fallbacks += adapter.fallback ? 1 : 0;
    }
    if (fallbacks > 1) return "more than one adapter is marked fallback";
    return {};
}

}  // namespace

Result<Manifest> load_manifest(const std::filesystem::path& path) {
    auto text = read_file(path);
    if (!text) return text.error();
    rapidjson::Document json;
    json.Parse(text->c_str(), text->size());
    if (json.HasParseError())
        return host_api::permanent_error(path.string() + ": invalid manifest: not JSON (" +
                                         rapidjson::GetParseError_En(json.GetParseError()) + " at offset " +
                                         std::to_string(json.GetErrorOffset()) + ")");
    rapidjson::Document schema_json;
    schema_json.Parse(k_manifest_schema);
    const rapidjson::SchemaDocument schema(schema_json);
    rapidjson::SchemaValidator validator(schema);
    if (!json.Accept(validator))
        return host_api::permanent_error(path.string() + ": invalid manifest: " +
                                         format_violation(describe_schema_violation(validator, json, schema_json)));
    Manifest manifest = manifest_of(json, path);
    if (const auto problem = adapter_problem(manifest); !problem.empty())
        return host_api::permanent_error(path.string() + ": invalid manifest: " + problem);
    return manifest;
}

}  // namespace host::plugins
