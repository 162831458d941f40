#pragma once
// host_api::Employees over the host database: employees and their rights (R7).
#include <vector>

#include "host/store/database.hpp"
#include "host_api/employees.hpp"

namespace host::store {

class SqliteEmployees final : public host_api::Employees {
public:
    explicit SqliteEmployees(Database& db) : db_(db) {}

    host_api::Result<std::optional<host_api::Employee>> employee(host_api::EmployeeId id) override;
    // An unknown employee has no rights.
    host_api::Result<bool> has_right(host_api::EmployeeId id, const std::string& right) override;

    // Host only: the web pages and the CLI name employees by login.
    host_api::Result<std::optional<host_api::Employee>> find_by_login(const std::string& login);
    host_api::Result<std::vector<host_api::Employee>> all_employees();
    // The salted hash of the employee's sign-in password; "" when none is set.
    host_api::Result<std::string> password_hash(host_api::EmployeeId id);
    host_api::Result<void> set_password_hash(host_api::EmployeeId id, const std::string& hash);

private:
    std::optional<host_api::Employee> read_one(Statement& statement);

    Database& db_;
};

}  // namespace host::store
