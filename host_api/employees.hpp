#pragma once
// Host employees and their rights (R7).
#include <optional>
#include <string>
#include <vector>

#include "host_api/ids.hpp"
#include "host_api/result.hpp"

namespace host_api {

// The right that lets an employee work with synchronized orders (R7).
inline constexpr const char* k_right_add_without_write_off = "add_products_without_write_off";

struct Employee {
    EmployeeId id = 0;
    std::string login;
    std::string name;
    std::vector<std::string> rights;
};

class Employees {
public:
    virtual ~Employees() = default;

    virtual Result<std::optional<Employee>> employee(EmployeeId id) = 0;
    // False for an employee the host does not know.
    virtual Result<bool> has_right(EmployeeId id, const std::string& right) = 0;
};

}  // namespace host_api
