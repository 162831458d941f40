#pragma once
// Employees' sign-in passwords: only a salted PBKDF2-HMAC-SHA256 hash is kept, as
// "pbkdf2-sha256$ITERATIONS$SALT$HASH" (hex), so the database never holds a password.
#include <string>

#include "host_api/result.hpp"

namespace host::web_api {

host_api::Result<std::string> hash_password(const std::string& password);

// False for a wrong password and for a hash this host cannot read ("" included).
bool password_matches(const std::string& password, const std::string& hash);

}  // namespace host::web_api
