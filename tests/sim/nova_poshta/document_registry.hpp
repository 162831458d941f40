#pragma once
// The express waybills (TTNs) the local Nova Poshta knows, created and moved by the tests
// through POST /_sim/documents. A number it does not know is "not found" (StatusCode 3),
// as on the real API. Thread-safe.
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "host_api/result.hpp"
#include "host_api/time.hpp"

namespace sim::nova_poshta {

struct SimDocument {
    std::string number;
    std::string status_code = "1";
    std::string status;  // empty: the API's own text for the code
    std::string phone;   // the recipient's, 380XXXXXXXXX: asked with it, the full record
    std::string recipient_name = "Коваленко Олена";
    std::string city_recipient = "Київ";
    std::string warehouse_recipient = "Відділення №1: вул. Пирогівський шлях, 135";
    std::string city_sender = "Львів";
    std::string warehouse_sender = "Відділення №2: вул. Городоцька, 11";
    std::string sender_name = "Петренко Іван";
    std::string cost = "80";  // DocumentCost, hryvnias
    host_api::Timestamp created{};
    host_api::Timestamp updated{};                 // the last status change
    std::optional<host_api::Timestamp> received;  // when it first reached 9, 10 or 11
};

// A document the way POST /_sim/documents names it: only the fields given change.
struct DocumentChange {
    std::string number;
    std::optional<std::string> status_code;
    std::optional<std::string> status;
    std::optional<std::string> phone;
    std::optional<std::string> recipient_name;
    std::optional<std::string> city;
    std::optional<std::string> warehouse;
    std::optional<std::string> cost;
};

class DocumentRegistry {
public:
    // Creates the document or moves it; returns it as it is now. The number must be what
    // the API accepts (10 to 14 digits).
    host_api::Result<SimDocument> put(const DocumentChange& change, host_api::Timestamp now = host_api::now());
    std::optional<SimDocument> find(const std::string& number) const;
    std::size_t size() const;

private:
    mutable std::mutex mutex_;
    std::map<std::string, SimDocument> documents_;
};

// Digits only, 10 to 14 of them: what the real API takes as a DocumentNumber.
bool valid_document_number(const std::string& number);

// The digits of a phone, "0…" and "80…" completed to "380…".
std::string normalized_phone(const std::string& phone);

}  // namespace sim::nova_poshta
