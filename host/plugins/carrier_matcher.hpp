#pragma once
// Picks the adapter for a delivery by the carrier patterns of manifest.json (R12, R15).
// An adapter takes a delivery when its shipping line's title or code contains one of the
// adapter's "takes" patterns and neither contains one of its "refuses" patterns (so
// "Нова Пошта Глобал" and a code "np_international" go to the fallback), and when the
// recipient is in one of the adapter's "countries". A recipient without a country code is
// taken when the delivery names a Nova Poshta city or branch: Shopify always sends the
// code, so an address without one was typed in elsewhere, and the carrier's own place is
// what the shop wrote. The fallback adapter takes the rest. Case-insensitive, Cyrillic
// included.
#include <string>
#include <string_view>
#include <vector>

#include "host/plugins/manifest.hpp"
#include "host_api/delivery.hpp"
#include "host_api/shipping_adapter.hpp"

namespace host::plugins {

class CarrierMatcher {
public:
    explicit CarrierMatcher(const std::vector<AdapterEntry>& adapters);

    host_api::AdapterChoice adapter_for(const host_api::Delivery& delivery) const;

private:
    struct Rule {
        std::string adapter_id;
        std::string name;
        std::vector<std::string> takes;
        std::vector<std::string> refuses;
        std::vector<std::string> countries;
    };
    static bool takes_carrier(const Rule& rule, const std::string& title, const std::string& code);
    // Why the rule's adapter does not serve this recipient; empty when it does.
    static std::string outside_countries(const Rule& rule, const host_api::Delivery& delivery);

    std::vector<Rule> rules_;
    std::string fallback_;
};

// Lower case for ASCII, Russian and Ukrainian letters; other bytes unchanged.
std::string fold_case(std::string_view text);

}  // namespace host::plugins
