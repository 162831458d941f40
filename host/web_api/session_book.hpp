#pragma once
// The signed-in employees of the host's pages. A session lives in memory (a restart signs
// everyone out) and ends after 12 hours without a request. Its id travels only in an
// HttpOnly cookie; its CSRF token is handed to the page, which sends it back with every
// POST, so another site cannot post in the employee's name.
#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "host_api/ids.hpp"
#include "host_api/result.hpp"

namespace host::web_api {

struct Session {
    std::string id;  // secret
    host_api::EmployeeId employee = 0;
    std::string csrf;  // secret
};

class SessionBook {
public:
    using Clock = std::chrono::steady_clock;
    explicit SessionBook(std::chrono::seconds idle_limit = std::chrono::hours(12)) : idle_limit_(idle_limit) {}

    host_api::Result<Session> open(host_api::EmployeeId employee);
    // The session, kept alive by this use; none when unknown or idle too long.
    std::optional<Session> find(const std::string& id);
    void close(const std::string& id);

private:
    struct Entry {
        Session session;
        Clock::time_point last_used;
    };
    void drop_idle(Clock::time_point now);

    std::chrono::seconds idle_limit_;
    std::mutex mutex_;
    std::unordered_map<std::string, Entry> sessions_;
};

}  // namespace host::web_api
