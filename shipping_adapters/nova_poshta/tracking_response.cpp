#include "shipping_adapters/nova_poshta/tracking_response.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "shipping_adapters/nova_poshta/lenient_json.hpp"
#include "shipping_adapters/nova_poshta/np_date.hpp"

namespace adapters::nova_poshta {
namespace {

std::string field(const rapidjson::Value& record, const char* name) { return text_of(member(record, name)); }

TrackedDocument document_of(const rapidjson::Value& record) {
    TrackedDocument document;
    document.number = field(record, "Number");
    document.status_code = field(record, "StatusCode");
    document.status = field(record, "Status");
    document.recipient_full_name = field(record, "RecipientFullName");
    document.phone_recipient = field(record, "PhoneRecipient");
    document.city_recipient = field(record, "CityRecipient");
    document.warehouse_recipient = field(record, "WarehouseRecipient");
    document.document_cost = field(record, "DocumentCost");
    document.created = parse_np_date(field(record, "DateCreated"));
    document.scheduled_delivery = parse_np_date(field(record, "ScheduledDeliveryDate"));
    document.received = parse_np_date(field(record, "RecipientDateTime"));
    return document;
}

std::string joined(const std::vector<std::string>& parts) {
    std::string text;
    for (const auto& part : parts) text += (text.empty() ? "" : "; ") + part;
    return text;
}

}  // namespace

host_api::Result<TrackingResponse> parse_tracking_response(std::string_view body) {
    rapidjson::Document json;
    json.Parse(body.data(), body.size());
    if (json.HasParseError())
        return host_api::permanent_error(std::string("Nova Poshta answered with no JSON: ") +
                                         rapidjson::GetParseError_En(json.GetParseError()) + " at offset " +
                                         std::to_string(json.GetErrorOffset()));
    if (!json.IsObject()) return host_api::permanent_error("Nova Poshta answered with JSON that is no object");
    TrackingResponse response;
    response.success = truthy(member(json, "success"));
    if (const auto* data = member(json, "data")) {
        if (data->IsArray()) {
            for (const auto& record : data->GetArray())
                if (record.IsObject()) response.documents.push_back(document_of(record));
        } else if (data->IsObject()) {
            response.documents.push_back(document_of(*data));
        }
    }
    response.errors = messages_of(member(json, "errors"));
    response.warnings = messages_of(member(json, "warnings"));
    response.info = messages_of(member(json, "info"));
    response.error_codes = messages_of(member(json, "errorCodes"));
    return response;
}

std::string failure_reason(const TrackingResponse& response) {
    std::string reason = response.errors.empty() ? "no reason given" : joined(response.errors);
    if (!response.error_codes.empty())
        reason += (response.error_codes.size() == 1 ? " (error code " : " (error codes ") +
                  joined(response.error_codes) + ")";
    return reason;
}

}  // namespace adapters::nova_poshta
