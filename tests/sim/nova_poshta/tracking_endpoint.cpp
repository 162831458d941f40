#include "tests/sim/nova_poshta/tracking_endpoint.hpp"

#include <vector>

#include <rapidjson/document.h>

#include "tests/sim/nova_poshta/api_envelope.hpp"
#include "tests/sim/nova_poshta/tracking_record.hpp"

namespace sim::nova_poshta {
using common::json_reply;
using common::SimReply;

namespace {

// The errors and codes the real API gives (fixtures/novaposhta; the error code list of
// developers.novaposhta.ua for 20000200068 "API auth fail").
constexpr const char* k_auth_failed = "API auth fail";
constexpr const char* k_auth_failed_code = "20000200068";
constexpr const char* k_bad_number = "Document number is not correct";
constexpr const char* k_bad_number_code = "20001401442";
constexpr const char* k_phone_warning =
    "Please enter a valid phone number from the express invoice to show full information";

const rapidjson::Value* member(const rapidjson::Value& object, const char* name) {
    if (!object.IsObject()) return nullptr;
    const auto found = object.FindMember(name);
    return found == object.MemberEnd() ? nullptr : &found->value;
}

// Numbers are accepted as strings or as JSON numbers, as the real API does.
std::string text_of(const rapidjson::Value* value) {
    if (value == nullptr) return {};
    if (value->IsString()) return std::string(value->GetString(), value->GetStringLength());
    if (value->IsUint64()) return std::to_string(value->GetUint64());
    if (value->IsInt64()) return std::to_string(value->GetInt64());
    return {};
}

struct Asked {
    std::string number;
    std::string phone;
};

}  // namespace

SimReply TrackingEndpoint::answer(const host_api::HttpRequest& request) {
    ++stats_.requests;
    switch (faults_.next()) {
        case Fault::server_error: {
            ++stats_.faults;
            SimReply reply;
            reply.response.status = 500;
            reply.response.content_type = "text/html";
            reply.response.body = "<html><body><h1>500 Internal Server Error</h1></body></html>";
            return reply;
        }
        case Fault::drop:
            ++stats_.faults;
            return SimReply{{}, true};
        case Fault::none:
            break;
    }

    const auto refuse = [this](ApiMessages messages) {
        ++stats_.refused;
        return json_reply(200, api_refusal(messages));
    };
    rapidjson::Document json;
    json.Parse(request.body.data(), request.body.size());
    // The real API's wording for a body that is no JSON is not public: this one is ours.
    if (json.HasParseError() || !json.IsObject()) return refuse({{"Request body is not a JSON object"}, {}, {}, {}});
    if (text_of(member(json, "apiKey")) != api_key_) return refuse({{k_auth_failed}, {k_auth_failed_code}, {}, {}});
    const std::string model = text_of(member(json, "modelName"));
    const std::string method = text_of(member(json, "calledMethod"));
    if (model != "TrackingDocument" || method != "getStatusDocuments")
        return refuse({{"The local Nova Poshta answers TrackingDocument.getStatusDocuments only, not " + model + "." +
                        method},
                       {},
                       {},
                       {}});

    const auto* properties = member(json, "methodProperties");
    const auto* documents = properties != nullptr ? member(*properties, "Documents") : nullptr;
    if (documents == nullptr || !documents->IsArray()) return refuse({{k_bad_number}, {k_bad_number_code}, {}, {}});
    // The limit is documented; the real API's wording for going over it is not: ours.
    if (documents->Size() > k_documents_limit)
        return refuse({{"Too many documents: at most " + std::to_string(k_documents_limit) + " in one request"},
                       {},
                       {},
                       {}});
    std::vector<Asked> asked;
    for (const auto& document : documents->GetArray()) {
        Asked one{text_of(member(document, "DocumentNumber")), normalized_phone(text_of(member(document, "Phone")))};
        if (!valid_document_number(one.number))
            return refuse({{k_bad_number}, {k_bad_number_code}, {"Invalid DocumentNumber: " + one.number}, {}});
        asked.push_back(std::move(one));
    }

    // The records are written first ("data" comes before "warnings"), so each can add its
    // warning to `messages` before the envelope writes them.
    ApiMessages messages;
    const auto body = api_envelope(
        true,
        [&](JsonWriter& out) {
            for (const auto& one : asked) {
                const auto found = documents_.find(one.number);
                const bool with_phone = found && !found->phone.empty() && found->phone == one.phone;
                if (found) {
                    write_tracking_record(out, *found, with_phone);
                } else {
                    write_not_found_record(out, one.number);
                }
                if (!with_phone) messages.document_warnings.emplace_back("ID_" + one.number, k_phone_warning);
            }
        },
        messages);
    stats_.count_documents(asked.size());
    return json_reply(200, body);
}

}  // namespace sim::nova_poshta
