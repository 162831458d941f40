#pragma once
// Host contacts (clients, R24-R26).
#include <optional>
#include <string>

#include "host_api/ids.hpp"
#include "host_api/result.hpp"

namespace host_api {

struct Contact {
    ContactId id = 0;
    std::string first_name;
    std::string last_name;
    std::string phone;  // E.164 ("+380671234567") or empty
    std::string email;
    std::string address;
};

class Contacts {
public:
    virtual ~Contacts() = default;

    virtual Result<std::optional<Contact>> contact(ContactId id) = 0;
    // The phone must already be normalized to E.164 (R26): the caller normalizes. An empty
    // phone matches nothing.
    virtual Result<std::optional<Contact>> find_by_phone(const std::string& e164_phone) = 0;
    virtual Result<ContactId> create_contact(const Contact& contact) = 0;
    virtual Result<void> update_contact(const Contact& contact) = 0;
};

}  // namespace host_api
