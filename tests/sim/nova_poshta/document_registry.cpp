#include "tests/sim/nova_poshta/document_registry.hpp"

#include <algorithm>

#include "tests/sim/nova_poshta/status_texts.hpp"

namespace sim::nova_poshta {
namespace {

bool is_received(const std::string& code) { return code == "9" || code == "10" || code == "11"; }

}  // namespace

bool valid_document_number(const std::string& number) {
    return number.size() >= 10 && number.size() <= 14 &&
           std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string normalized_phone(const std::string& phone) {
    std::string digits;
    for (const char c : phone)
        if (c >= '0' && c <= '9') digits += c;
    if (digits.size() == 10 && digits.front() == '0') return "38" + digits;
    if (digits.size() == 11 && digits.compare(0, 2, "80") == 0) return "3" + digits;
    return digits;
}

host_api::Result<SimDocument> DocumentRegistry::put(const DocumentChange& change, host_api::Timestamp now) {
    if (!valid_document_number(change.number))
        return host_api::permanent_error("number: want 10 to 14 digits, got \"" + change.number + "\"");
    std::lock_guard lock(mutex_);
    auto [at, created] = documents_.try_emplace(change.number);
    SimDocument& document = at->second;
    if (created) {
        document.number = change.number;
        document.created = now;
        document.updated = now;
    }
    if (change.status_code && *change.status_code != document.status_code) {
        document.status_code = *change.status_code;
        document.updated = now;
        if (!change.status) document.status.clear();
    }
    if (change.status) document.status = *change.status;
    if (document.status.empty()) document.status = status_text(document.status_code);
    if (document.status.empty()) document.status = "Статус " + document.status_code;
    if (is_received(document.status_code) && !document.received) document.received = now;
    if (change.phone) document.phone = normalized_phone(*change.phone);
    if (change.recipient_name) document.recipient_name = *change.recipient_name;
    if (change.city) document.city_recipient = *change.city;
    if (change.warehouse) document.warehouse_recipient = *change.warehouse;
    if (change.cost) document.cost = *change.cost;
    return document;
}

std::optional<SimDocument> DocumentRegistry::find(const std::string& number) const {
    std::lock_guard lock(mutex_);
    const auto found = documents_.find(number);
    if (found == documents_.end()) return std::nullopt;
    return found->second;
}

std::size_t DocumentRegistry::size() const {
    std::lock_guard lock(mutex_);
    return documents_.size();
}

}  // namespace sim::nova_poshta
