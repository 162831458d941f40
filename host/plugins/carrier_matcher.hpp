#pragma once
// Picks the adapter for a shipping method title by the carrier patterns of manifest.json:
// an adapter takes a title that contains one of its "takes" patterns and none of its
// "refuses" patterns (so "Нова Пошта Global" goes to the fallback, R15); the fallback
// adapter takes the rest. Case-insensitive, Cyrillic included.
#include <string>
#include <string_view>
#include <vector>

#include "host/plugins/manifest.hpp"

namespace host::plugins {

class CarrierMatcher {
public:
    explicit CarrierMatcher(const std::vector<AdapterEntry>& adapters);

    // The adapter id; empty when nothing takes it and there is no fallback.
    std::string adapter_for(std::string_view shipping_method) const;

private:
    struct Rule {
        std::string adapter_id;
        std::vector<std::string> takes;
        std::vector<std::string> refuses;
    };
    std::vector<Rule> rules_;
    std::string fallback_;
};

// Lower case for ASCII, Russian and Ukrainian letters; other bytes unchanged.
std::string fold_case(std::string_view text);

}  // namespace host::plugins
