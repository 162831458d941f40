#include "tests/sim/nova_poshta/api_envelope.hpp"

namespace sim::nova_poshta {
namespace {

void strings(JsonWriter& out, const char* key, const std::vector<std::string>& values) {
    out.Key(key);
    out.StartArray();
    for (const auto& value : values) out.String(value);
    out.EndArray();
}

}  // namespace

std::string api_envelope(bool success, const std::function<void(JsonWriter&)>& data, const ApiMessages& messages) {
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    out.Key("success");
    out.Bool(success);
    out.Key("data");
    out.StartArray();
    if (data) data(out);
    out.EndArray();
    strings(out, "errors", messages.errors);
    out.Key("warnings");
    out.StartArray();
    for (const auto& warning : messages.warnings) out.String(warning);
    for (const auto& [key, text] : messages.document_warnings) {
        out.StartObject();
        out.Key(key.c_str(), static_cast<rapidjson::SizeType>(key.size()));
        out.String(text);
        out.EndObject();
    }
    out.EndArray();
    strings(out, "info", {});
    strings(out, "messageCodes", {});
    strings(out, "errorCodes", messages.error_codes);
    strings(out, "warningCodes", {});
    strings(out, "infoCodes", {});
    out.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

std::string api_refusal(const ApiMessages& messages) { return api_envelope(false, nullptr, messages); }

}  // namespace sim::nova_poshta
