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
        if (!adapter.takes.empty()) rules_.push_back(Rule{adapter.id, folded(adapter.takes), folded(adapter.refuses)});
    }
}

std::string CarrierMatcher::adapter_for(std::string_view shipping_method) const {
    const std::string title = fold_case(shipping_method);
    for (const auto& rule : rules_) {
        if (contains_any(title, rule.takes) && !contains_any(title, rule.refuses)) return rule.adapter_id;
    }
    return fallback_;
}

}  // namespace host::plugins
