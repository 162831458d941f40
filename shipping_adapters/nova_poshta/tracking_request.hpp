#pragma once
// The request envelope of TrackingDocument.getStatusDocuments (Nova Poshta API 2.0):
// {"apiKey", "modelName", "calledMethod", "methodProperties": {"Documents": [
//   {"DocumentNumber", "Phone"}, …]}}. With the recipient's phone the API answers with the
// full record (names, phones, addresses); without it, a shorter one and a warning.
#include <string>
#include <vector>

namespace adapters::nova_poshta {

struct TrackingQuery {
    std::string number;  // the TTN
    std::string phone;   // 380XXXXXXXXX or empty
};

// The body to POST; it holds the key, so it is never logged.
std::string status_documents_request(const std::string& api_key, const std::vector<TrackingQuery>& documents);

}  // namespace adapters::nova_poshta
