#pragma once
// Who may call the host's JSON API, and as which employee. A running host makes a fresh
// access token at every start and writes it, with its address, to <data>/run/api.json
// (readable by its owner only): local tools such as the CLI read it there. A caller
// names the employee it acts for (X-Employee: login); the employee's rights are then
// checked on the server for every call (R7).
#include <filesystem>
#include <optional>
#include <string>

#include "host/store/sqlite_employees.hpp"
#include "host_api/http.hpp"
#include "host_api/result.hpp"

namespace host::web_api {

// Where the running host tells local tools how to reach it.
std::filesystem::path api_file(const std::filesystem::path& data_dir);

struct ApiEndpoint {
    std::string url;    // "http://127.0.0.1:8080"
    std::string token;  // secret
};

// Reads <data>/run/api.json; an error says that no host is running on that folder.
host_api::Result<ApiEndpoint> read_api_endpoint(const std::filesystem::path& data_dir);

// The employee a request acts for, or the answer that refuses it.
struct Caller {
    std::optional<host_api::Employee> employee;
    std::optional<host_api::HttpResponse> refusal;
};

class ApiAccess {
public:
    // Makes the token and writes the file; url is where this host listens.
    static host_api::Result<ApiAccess> publish(const std::filesystem::path& data_dir, const std::string& url);

    // 401 without the right token, 403 for an unknown employee or one without `right`.
    Caller caller(const host_api::HttpRequest& request, store::SqliteEmployees& employees,
                  const std::string& right) const;
    // Removes the file, so tools no longer find a stopped host.
    void withdraw() const;

private:
    ApiAccess(std::filesystem::path file, std::string token) : file_(std::move(file)), token_(std::move(token)) {}

    std::filesystem::path file_;
    std::string token_;
};

}  // namespace host::web_api
