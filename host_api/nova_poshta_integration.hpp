#pragma once
// The host's own Nova Poshta integration settings, read by the Nova Poshta adapter (R12-R14).
#include <string>
#include <vector>

#include "host_api/result.hpp"

namespace host_api {

// "When the shipment reaches this Nova Poshta status code, move the order to this status."
struct NovaPoshtaStatusRule {
    std::string status_code;   // e.g. "9" (received)
    std::string order_status;  // an order status name, e.g. "Completed"
};

struct NovaPoshtaSettings {
    bool enabled = false;
    std::string api_key;  // secret: never logged, never shown back
    std::string sender_name;
    std::string sender_phone;
    std::string sender_city;
    std::string sender_branch;
    int tracking_interval_seconds = 300;
    // Empty: Nova Poshta's own API, https://api.novaposhta.ua/v2.0/json/. A local server
    // (tests, demo) is named here, with the PEM file to trust for it.
    std::string api_url;
    std::string ca_file;
    std::vector<NovaPoshtaStatusRule> status_rules;
};

class NovaPoshtaIntegration {
public:
    virtual ~NovaPoshtaIntegration() = default;

    virtual Result<NovaPoshtaSettings> nova_poshta_settings() = 0;
};

}  // namespace host_api
