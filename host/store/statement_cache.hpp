#pragma once
// Prepared statements kept for reuse, per SQL text: preparing costs more than running most
// of the host's statements (point reads and single-row writes), and an import runs the
// same few dozen thousands of times. A statement taken is the caller's until it is given
// back (reset, bindings cleared); a second user of the same SQL at the same time gets a
// statement of its own. SQLite re-prepares a kept statement itself after a schema change.
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace host::store {

class StatementCache {
public:
    StatementCache() = default;
    ~StatementCache();  // finalizes every kept statement: destroy before closing the database
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // A kept statement for `sql`, or nullptr: then the caller prepares one.
    sqlite3_stmt* take(std::string_view sql);
    void give_back(std::string sql, sqlite3_stmt* statement);

private:
    // SQL built at run time (lists of ids) could fill it without end.
    static constexpr std::size_t k_most_texts = 512;

    std::mutex mutex_;
    std::unordered_map<std::string, std::vector<sqlite3_stmt*>> idle_;  // by SQL text
};

}  // namespace host::store
