#include "host/web_api/session_book.hpp"

#include "host/web_api/random_token.hpp"

namespace host::web_api {

host_api::Result<Session> SessionBook::open(host_api::EmployeeId employee) {
    auto id = random_hex();
    auto csrf = random_hex();
    if (!id) return id.error();
    if (!csrf) return csrf.error();
    Session session{*id, employee, *csrf};
    const auto now = Clock::now();
    std::lock_guard lock(mutex_);
    drop_idle(now);
    sessions_[session.id] = Entry{session, now};
    return session;
}

std::optional<Session> SessionBook::find(const std::string& id) {
    const auto now = Clock::now();
    std::lock_guard lock(mutex_);
    const auto found = sessions_.find(id);
    if (found == sessions_.end()) return std::nullopt;
    if (now - found->second.last_used > idle_limit_) {
        sessions_.erase(found);
        return std::nullopt;
    }
    found->second.last_used = now;
    return found->second.session;
}

void SessionBook::close(const std::string& id) {
    std::lock_guard lock(mutex_);
    sessions_.erase(id);
}

void SessionBook::drop_idle(Clock::time_point now) {
    for (auto entry = sessions_.begin(); entry != sessions_.end();) {
        if (now - entry->second.last_used > idle_limit_)
            entry = sessions_.erase(entry);
        else
            ++entry;
    }
}

}  // namespace host::web_api
