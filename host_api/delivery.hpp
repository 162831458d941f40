#pragma once
// One delivery of an order, as the plugin hands it to a shipping adapter (R12-R16).
#include <string>
#include <vector>

#include "host_api/ids.hpp"
#include "host_api/money.hpp"

namespace host_api {

struct DeliveryRecipient {
    std::string name;
    std::string phone;  // E.164 where it could be normalized
    std::string address;
    std::string city;
    std::string zip;
    std::string country;
    std::string country_code;  // ISO 3166-1 alpha-2, e.g. "UA"; empty when the address has none

    friend bool operator==(const DeliveryRecipient&, const DeliveryRecipient&) = default;
};

struct Delivery {
    std::string carrier;             // shipping line title, e.g. "Нова Пошта"
    std::string method_code;         // shipping line code
    std::string source;              // shipping line source
    std::string carrier_identifier;  // set for carrier-calculated rates
    Money cost;
    DeliveryRecipient recipient;
    std::vector<std::string> tracking_numbers;  // from fulfillments
    std::vector<std::string> tracking_companies;
    std::string np_city;    // Nova Poshta city, from note attributes or the address
    std::string np_branch;  // Nova Poshta branch (warehouse)
    std::string np_ttn;     // Nova Poshta TTN, when known

    friend bool operator==(const Delivery&, const Delivery&) = default;
};

// The order a delivery belongs to.
struct DeliveryTarget {
    OrderId order_id = 0;
    std::string order_number;
    std::string store;
};

}  // namespace host_api
