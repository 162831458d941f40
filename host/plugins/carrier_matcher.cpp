#include "host/plugins/carrier_matcher.hpp"

#include <algorithm>

namespace host::plugins {
namespace {

// Two-byte UTF-8 capitals of the Cyrillic block and their lower-case forms.
void fold_cyrillic(unsigned char lead, unsigned char next, std::string& out) {
    if (lead == 0xD0 && next >= 0x90 && next <= 0x9F) {  // А..П -> а..п
        out += char(0xD0);
        out += char(next + 0x20);
    } else if (lead == 0xD0 && next >= 0xA0 && next <= 0xAF) {  // Р..Я -> р..я
        out += char(0xD1);
        out += char(next - 0x20);
    } else if (lead == 0xD0 && next >= 0x80 && next <= 0x8F) {  // Ѐ..Џ (Є, І, Ї) -> ѐ..џ
        out += char(0xD1);
        out += char(next + 0x10);
    } else if (lead == 0xD2 && next == 0x90) {  // Ґ -> ґ
        out += char(0xD2);
        out += char(0x91);
    } else {
        out += char(lead);
        out += char(next);
    }
}

bool contains_any(const std::string& text, const std::vector<std::string>& patterns) {
    return std::any_of(patterns.begin(), patterns.end(),
                       [&](const std::string& pattern) { return text.find(pattern) != std::string::npos; });
}

std::vector<std::string> folded(const std::vector<std::string>& patterns) {
    std::vector<std::string> out;
    for (const auto& pattern : patterns) out.push_back(fold_case(pattern));
    return out;
}

}  // namespace

std::string fold_case(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 'A' && c <= 'Z') {
            out += char(c - 'A' + 'a');
        } else if ((c == 0xD0 || c == 0xD2) && i + 1 < text.size()) {
            fold_cyrillic(c, static_cast<unsigned char>(text[i + 1]), out);
            ++i;
        } else {
            out += char(c);
        }
    }
    return out;
}

CarrierMatcher::CarrierMatcher(const std::vector<AdapterEntry>& adapters) {
    for (const auto& adapter : adapters) {
        if (adapter.fallback) fallback_ = adapter.id;
        if (!adapter.takes.empty())
            rules_.push_back(
                Rule{adapter.id, adapter.name, folded(adapter.takes), folded(adapter.refuses), adapter.countries});
    }
}

host_api::AdapterChoice CarrierMatcher::adapter_for(const host_api::Delivery& delivery) const {
    const std::string title = fold_case(delivery.carrier);
    const std::string code = fold_case(delivery.method_code);
    host_api::AdapterChoice choice{fallback_, {}};
    for (const auto& rule : rules_) {
        if (!takes_carrier(rule, title, code)) continue;
        auto outside = outside_countries(rule, delivery);
        if (outside.empty()) return host_api::AdapterChoice{rule.adapter_id, {}};
        if (choice.passed_over.empty()) choice.passed_over = std::move(outside);
    }
    return choice;
}

bool CarrierMatcher::takes_carrier(const Rule& rule, const std::string& title, const std::string& code) {
    const bool taken = contains_any(title, rule.takes) || contains_any(code, rule.takes);
    return taken && !contains_any(title, rule.refuses) && !contains_any(code, rule.refuses);
}

std::string CarrierMatcher::outside_countries(const Rule& rule, const host_api::Delivery& delivery) {
    if (rule.countries.empty()) return {};
    const std::string& country = delivery.recipient.country_code;
    const auto serves = [&](const std::string& code) { return code == country; };
    if (!country.empty() && std::any_of(rule.countries.begin(), rule.countries.end(), serves)) return {};
    if (country.empty() && (!delivery.np_city.empty() || !delivery.np_branch.empty())) return {};
    std::string served;
    for (const auto& code : rule.countries) served += (served.empty() ? "" : ", ") + code;
    const std::string where =
        country.empty() ? "an address with no country and no Nova Poshta city or branch" : "a recipient in " + country;
    return rule.name + " serves recipients in " + served + " only, not " + where;
}

}  // namespace host::plugins
