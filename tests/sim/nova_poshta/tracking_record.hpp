#pragma once
// The records TrackingDocument.getStatusDocuments gives, field for field as the real API
// (fixtures/novaposhta): the types vary by field ("DocumentCost":"96" but
// "DocumentWeight":2.5, "AnnouncedPrice" "" or a number) and the dates by format.
#include <string>

#include "tests/sim/nova_poshta/api_envelope.hpp"
#include "tests/sim/nova_poshta/document_registry.hpp"

namespace sim::nova_poshta {

// The full record. Without the recipient's phone the names, phones and addresses are
// blank, as the API does ("Please enter a valid phone number … to show full information").
void write_tracking_record(JsonWriter& out, const SimDocument& document, bool with_phone);

// The short record of a number the API does not know: StatusCode "3".
void write_not_found_record(JsonWriter& out, const std::string& number);

}  // namespace sim::nova_poshta
