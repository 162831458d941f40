#pragma once
// The answer of TrackingDocument.getStatusDocuments, read leniently: "success" true or
// false, "data" an array of records, messages in any of the shapes the API uses, numbers
// as strings or numbers, dates in several formats.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "host_api/result.hpp"
#include "host_api/time.hpp"

namespace adapters::nova_poshta {

// One record of "data": the fields the adapter uses or shows, as text.
struct TrackedDocument {
    std::string number;       // "Number"
    std::string status_code;  // "StatusCode"
    std::string status;       // "Status", the carrier's own words
    std::string recipient_full_name;
    std::string phone_recipient;
    std::string city_recipient;
    std::string warehouse_recipient;
    std::string document_cost;  // "DocumentCost", the delivery price
    std::optional<host_api::Timestamp> created;             // "DateCreated"
    std::optional<host_api::Timestamp> scheduled_delivery;  // "ScheduledDeliveryDate"
    std::optional<host_api::Timestamp> received;            // "RecipientDateTime"
};

struct TrackingResponse {
    bool success = false;
    std::vector<TrackedDocument> documents;
    std::vector<std::string> errors;
    std::vector<std::string> warnings;
    std::vector<std::string> info;
    std::vector<std::string> error_codes;
};

// An Error only when the body is not a JSON object; a refusal is success == false.
host_api::Result<TrackingResponse> parse_tracking_response(std::string_view body);

// "API auth fail (error code 20000200068)": the reasons of a refusal, for a log line.
std::string failure_reason(const TrackingResponse& response);

}  // namespace adapters::nova_poshta
