#include "host/store/statement_cache.hpp"

#include <sqlite3.h>

namespace host::store {

StatementCache::~StatementCache() {
    for (auto& [sql, statements] : idle_)
        for (auto* statement : statements) sqlite3_finalize(statement);
}

sqlite3_stmt* StatementCache::take(std::string_view sql) {
    std::lock_guard lock(mutex_);
    const auto found = idle_.find(std::string(sql));
    if (found == idle_.end() || found->second.empty()) return nullptr;
    auto* statement = found->second.back();
    found->second.pop_back();
    return statement;
}

void StatementCache::give_back(std::string sql, sqlite3_stmt* statement) {
    if (statement == nullptr) return;
    // Reset ends the statement's read, so a kept statement holds no snapshot open.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    std::lock_guard lock(mutex_);
    if (idle_.size() >= k_most_texts && idle_.find(sql) == idle_.end()) {
        sqlite3_finalize(statement);
        return;
    }
    idle_[std::move(sql)].push_back(statement);
}

}  // namespace host::store
