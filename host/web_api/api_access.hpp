#pragma once
// Who may call the host's JSON API, and as which employee (R7). Two ways in:
// - the pages: an employee signs in (SessionBook); the session cookie names them, and every
//   POST carries the session's CSRF token;
// - local tools such as the CLI: a running host makes a fresh access token at every start
//   and writes it, with its address, to <data>/run/api.json (readable by its owner only);
//   the tool names the employee it acts for (X-Employee: login).
// Either way the employee's rights are checked on the server for every call.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "host/store/sqlite_employees.hpp"
#include "host/web_api/session_book.hpp"
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

// The names of the rights, as the help article gives them.
std::string right_title(const std::string& right);

class ApiAccess {
public:
    static constexpr const char* k_session_cookie = "exchange_session";

    // Makes the token and writes the file; url is where this host listens.
    static host_api::Result<ApiAccess> publish(const std::filesystem::path& data_dir, const std::string& url);

    // 401 when signed out (or a wrong token), 403 for a POST without the session's CSRF
    // token, an unknown employee, or one without `right` ("" asks for no right).
    Caller caller(const host_api::HttpRequest& request, store::SqliteEmployees& employees,
                  const std::string& right) const;
    // Removes the file, so tools no longer find a stopped host.
    void withdraw() const;

    SessionBook& sessions() const { return *sessions_; }
    // The session named by the request's cookie, if it is open.
    std::optional<Session> session_of(const host_api::HttpRequest& request) const;

private:
    ApiAccess(std::filesystem::path file, std::string token)
        : file_(std::move(file)), token_(std::move(token)), sessions_(std::make_shared<SessionBook>()) {}

    std::optional<host_api::EmployeeId> token_caller(const host_api::HttpRequest& request,
                                                     store::SqliteEmployees& employees, Caller& refused) const;
    std::optional<host_api::EmployeeId> session_caller(const host_api::HttpRequest& request, Caller& refused) const;

    std::filesystem::path file_;
    std::string token_;
    std::shared_ptr<SessionBook> sessions_;  // shared: ApiAccess is moved, the book is not
};

}  // namespace host::web_api
