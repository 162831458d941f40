#include "tests/sim/nova_poshta/control_api.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace sim::nova_poshta {
using common::json_reply;
using common::SimReply;

namespace {

std::string error_body(const std::string& message) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    out.Key("error");
    out.String(message);
    out.EndObject();
    return buffer.GetString();
}

std::optional<std::string> optional_text(const rapidjson::Value& object, const char* name) {
    const auto found = object.FindMember(name);
    if (found == object.MemberEnd() || found->value.IsNull()) return std::nullopt;
    if (found->value.IsString()) return std::string(found->value.GetString(), found->value.GetStringLength());
    if (found->value.IsUint64()) return std::to_string(found->value.GetUint64());
    return std::nullopt;
}

host_api::Result<DocumentChange> change_of(const rapidjson::Value& json) {
    if (!json.IsObject()) return host_api::permanent_error("a document is a JSON object");
    DocumentChange change;
    change.number = optional_text(json, "number").value_or("");
    change.status_code = optional_text(json, "status_code");
    change.status = optional_text(json, "status");
    change.phone = optional_text(json, "phone");
    change.recipient_name = optional_text(json, "recipient_name");
    change.city = optional_text(json, "city");
    change.warehouse = optional_text(json, "warehouse");
    change.cost = optional_text(json, "cost");
    return change;
}

}  // namespace

void ControlApi::add_routes(common::RouteTable& routes) {
    routes.add("POST", "/_sim/documents", [this](const auto& request, const auto&) { return post_documents(request); });
    routes.add("POST", "/_sim/faults", [this](const auto& request, const auto&) { return post_faults(request); });
    routes.add("GET", "/_sim/stats", [this](const auto&, const auto&) { return json_reply(200, stats_.to_json()); });
}

host_api::Result<std::size_t> ControlApi::put_documents(const rapidjson::Value& json) {
    std::vector<DocumentChange> changes;
    const auto add = [&](const rapidjson::Value& one) -> host_api::Result<void> {
        auto change = change_of(one);
        if (!change) return change.error();
        changes.push_back(std::move(*change));
        return host_api::success();
    };
    if (json.IsArray()) {
        for (const auto& one : json.GetArray())
            if (auto added = add(one); !added) return added.error();
    } else if (auto added = add(json); !added) {
        return added.error();
    }
    // Checked before any is stored: a bad list changes nothing.
    for (const auto& change : changes)
        if (!valid_document_number(change.number))
            return host_api::permanent_error("number: want 10 to 14 digits, got \"" + change.number + "\"");
    for (const auto& change : changes)
        if (auto put = documents_.put(change); !put) return put.error();
    return changes.size();
}

SimReply ControlApi::post_documents(const host_api::HttpRequest& request) {
    rapidjson::Document json;
    json.Parse(request.body.data(), request.body.size());
    if (json.HasParseError()) return json_reply(400, error_body("the body is not JSON"));
    auto put = put_documents(json);
    if (!put) return json_reply(400, error_body(put.error().message));

    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    out.Key("documents");
    out.StartArray();
    const auto report = [&](const rapidjson::Value& one) {
        const auto document = documents_.find(optional_text(one, "number").value_or(""));
        if (!document) return;
        out.StartObject();
        out.Key("number");
        out.String(document->number);
        out.Key("status_code");
        out.String(document->status_code);
        out.Key("status");
        out.String(document->status);
        out.EndObject();
    };
    if (json.IsArray()) {
        for (const auto& one : json.GetArray()) report(one);
    } else {
        report(json);
    }
    out.EndArray();
    out.EndObject();
    return json_reply(200, buffer.GetString());
}

SimReply ControlApi::post_faults(const host_api::HttpRequest& request) {
    rapidjson::Document json;
    json.Parse(request.body.data(), request.body.size());
    if (json.HasParseError() || !json.IsObject()) return json_reply(400, error_body("want a JSON object"));
    FaultSettings settings;
    const auto rate = json.FindMember("rate");
    if (rate == json.MemberEnd() || !rate->value.IsNumber() || rate->value.GetDouble() < 0 ||
        rate->value.GetDouble() > 1)
        return json_reply(400, error_body("rate: want a number from 0 to 1"));
    settings.rate = rate->value.GetDouble();
    if (const auto kinds = json.FindMember("kinds"); kinds != json.MemberEnd()) {
        if (!kinds->value.IsArray()) return json_reply(400, error_body("kinds: want an array of \"500\", \"drop\""));
        for (const auto& kind : kinds->value.GetArray()) {
            const auto fault = kind.IsString() ? parse_fault(kind.GetString()) : std::nullopt;
            if (!fault) return json_reply(400, error_body("kinds: want an array of \"500\", \"drop\""));
            settings.kinds.push_back(*fault);
        }
    }
    if (const auto seed = json.FindMember("seed"); seed != json.MemberEnd()) {
        if (!seed->value.IsUint64()) return json_reply(400, error_body("seed: want a whole number"));
        settings.seed = seed->value.GetUint64();
    }
    faults_.configure(settings);
    return json_reply(200, R"({"configured":true})");
}

}  // namespace sim::nova_poshta
