#pragma once
// host_api::Contacts over the host database (R24-R26). Phones are stored as given (the
// caller normalizes to E.164) and indexed, so matching by phone stays fast.
#include <vector>

#include "host/store/database.hpp"
#include "host_api/contacts.hpp"

namespace host::store {

class SqliteContacts final : public host_api::Contacts {
public:
    explicit SqliteContacts(Database& db) : db_(db) {}

    host_api::Result<std::optional<host_api::Contact>> contact(host_api::ContactId id) override;
    // The oldest contact with this phone; an empty phone matches nothing.
    host_api::Result<std::optional<host_api::Contact>> find_by_phone(const std::string& e164_phone) override;
    host_api::Result<host_api::ContactId> create_contact(const host_api::Contact& contact) override;
    host_api::Result<void> update_contact(const host_api::Contact& contact) override;

    // Host only (dumps, pages): every contact, by id.
    host_api::Result<std::vector<host_api::Contact>> all_contacts();

private:
    Database& db_;
};

}  // namespace host::store
