#include "host/store/sqlite_contacts.hpp"

namespace host::store {

namespace {

constexpr const char* k_contact_select = "SELECT id, first_name, last_name, phone, email, address FROM contacts ";

host_api::Contact contact_from_row(const Statement& row) {
    return {row.column_int64(0), row.column_text(1), row.column_text(2),
            row.column_text(3),  row.column_text(4), row.column_text(5)};
}

std::optional<host_api::Contact> first_contact(Statement& statement) {
    if (!statement.step()) return std::nullopt;
    return contact_from_row(statement);
}

void bind_contact(Statement& statement, const host_api::Contact& contact) {
    statement.bind_text(2, contact.first_name)
        .bind_text(3, contact.last_name)
        .bind_text(4, contact.phone)
        .bind_text(5, contact.email)
        .bind_text(6, contact.address);
}

}  // namespace

host_api::Result<std::optional<host_api::Contact>> SqliteContacts::contact(host_api::ContactId id) {
    return db_.call("read contact", [&]() -> host_api::Result<std::optional<host_api::Contact>> {
        auto statement = db_.prepare(std::string(k_contact_select) + "WHERE id = ?1");
        statement.bind_int64(1, id);
        return first_contact(statement);
    });
}

host_api::Result<std::optional<host_api::Contact>> SqliteContacts::find_by_phone(const std::string& e164_phone) {
    return db_.call("find contact by phone", [&]() -> host_api::Result<std::optional<host_api::Contact>> {
        if (e164_phone.empty()) return std::optional<host_api::Contact>();
        auto statement = db_.prepare(std::string(k_contact_select) + "WHERE phone = ?1 ORDER BY id LIMIT 1");
        statement.bind_text(1, e164_phone);
        return first_contact(statement);
    });
}

host_api::Result<host_api::ContactId> SqliteContacts::create_contact(const host_api::Contact& contact) {
    return db_.call("create contact", [&]() -> host_api::Result<host_api::ContactId> {
        auto statement = db_.prepare(
            "INSERT INTO contacts (first_name, last_name, phone, email, address) VALUES (?2, ?3, ?4, ?5, ?6)");
        bind_contact(statement, contact);
        statement.run();
        return db_.last_insert_id();
    });
}

host_api::Result<void> SqliteContacts::update_contact(const host_api::Contact& contact) {
    return db_.call("update contact", [&]() -> host_api::Result<void> {
        auto statement = db_.prepare(
            "UPDATE contacts SET first_name = ?2, last_name = ?3, phone = ?4, email = ?5, address = ?6 WHERE id = ?1");
        statement.bind_int64(1, contact.id);
        bind_contact(statement, contact);
        statement.run();
        if (db_.changes() == 0)
            return host_api::permanent_error("update contact: no contact " + std::to_string(contact.id));
        return host_api::success();
    });
}

host_api::Result<std::vector<host_api::Contact>> SqliteContacts::all_contacts() {
    return db_.call("list contacts", [&]() -> host_api::Result<std::vector<host_api::Contact>> {
        auto statement = db_.prepare(std::string(k_contact_select) + "ORDER BY id");
        std::vector<host_api::Contact> contacts;
        while (statement.step()) contacts.push_back(contact_from_row(statement));
        return contacts;
    });
}

}  // namespace host::store
