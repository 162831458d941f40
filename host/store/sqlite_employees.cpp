#include "host/store/sqlite_employees.hpp"

namespace host::store {

namespace {

std::vector<std::string> rights_of(Database& db, host_api::EmployeeId id) {
    auto statement = db.prepare("SELECT right_name FROM employee_rights WHERE employee_id = ?1 ORDER BY rowid");
    statement.bind_int64(1, id);
    std::vector<std::string> rights;
    while (statement.step()) rights.push_back(statement.column_text(0));
    return rights;
}

}  // namespace

std::optional<host_api::Employee> SqliteEmployees::read_one(Statement& statement) {
    if (!statement.step()) return std::nullopt;
    host_api::Employee employee{statement.column_int64(0), statement.column_text(1), statement.column_text(2), {}};
    employee.rights = rights_of(db_, employee.id);
    return employee;
}

host_api::Result<std::optional<host_api::Employee>> SqliteEmployees::employee(host_api::EmployeeId id) {
    return db_.call("read employee", [&]() -> host_api::Result<std::optional<host_api::Employee>> {
        auto statement = db_.prepare("SELECT id, login, name FROM employees WHERE id = ?1");
        statement.bind_int64(1, id);
        return read_one(statement);
    });
}

host_api::Result<bool> SqliteEmployees::has_right(host_api::EmployeeId id, const std::string& right) {
    return db_.call("check employee right", [&]() -> host_api::Result<bool> {
        auto statement = db_.prepare("SELECT 1 FROM employee_rights WHERE employee_id = ?1 AND right_name = ?2");
        statement.bind_int64(1, id).bind_text(2, right);
        return statement.step();
    });
}

host_api::Result<std::optional<host_api::Employee>> SqliteEmployees::find_by_login(const std::string& login) {
    return db_.call("find employee by login", [&]() -> host_api::Result<std::optional<host_api::Employee>> {
        auto statement = db_.prepare("SELECT id, login, name FROM employees WHERE login = ?1");
        statement.bind_text(1, login);
        return read_one(statement);
    });
}

host_api::Result<std::vector<host_api::Employee>> SqliteEmployees::all_employees() {
    return db_.call("list employees", [&]() -> host_api::Result<std::vector<host_api::Employee>> {
        auto statement = db_.prepare("SELECT id, login, name FROM employees ORDER BY id");
        std::vector<host_api::Employee> employees;
        while (auto employee = read_one(statement)) employees.push_back(std::move(*employee));
        return employees;
    });
}

host_api::Result<std::string> SqliteEmployees::password_hash(host_api::EmployeeId id) {
    return db_.call("read employee password", [&]() -> host_api::Result<std::string> {
        auto statement = db_.prepare("SELECT password_hash FROM employees WHERE id = ?1");
        statement.bind_int64(1, id);
        return statement.step() ? statement.column_text(0) : std::string();
    });
}

host_api::Result<void> SqliteEmployees::set_password_hash(host_api::EmployeeId id, const std::string& hash) {
    return db_.call("write employee password", [&]() -> host_api::Result<void> {
        db_.prepare("UPDATE employees SET password_hash = ?2 WHERE id = ?1").bind_int64(1, id).bind_text(2, hash).run();
        return host_api::success();
    });
}

}  // namespace host::store
