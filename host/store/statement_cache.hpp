#pragma once
// Prepared statements kept for reuse, per SQL text: preparing costs more than running most
// of the host's statements (point reads and single-row writes), and an import runs the
// same few dozen thousands of times. A statement taken is the caller's until it is given
// back (reset, bindings cleared); a second user of the same SQL at the same time gets a
// statement of its own. SQLite re-prepares a kept statement itself after a schema change.
#include <functional>
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
    // The statements kept for one SQL text. It lives as long as the cache, so a statement
    // goes back to it without looking its text up again.
    struct Shelf {
        std::vector<sqlite3_stmt*> idle;
    };
    struct Taken {
        sqlite3_stmt* statement = nullptr;  // nullptr: the caller prepares one
        Shelf* shelf = nullptr;             // nullptr: not kept (the cache is full); finalize it
    };

    StatementCache() = default;
    ~StatementCache();  // finalizes every kept statement: destroy before closing the database
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    Taken take(std::string_view sql);
    void give_back(Shelf* shelf, sqlite3_stmt* statement);

private:
    // SQL built at run time (lists of ids) could fill it without end.
    static constexpr std::size_t k_most_texts = 512;

    // Found by a string_view, with no string made for each look-up. The hash reads the
    // length and three words of the text, not all of it: the texts differ in length or in
    // those words (the table in the middle, the WHERE and ORDER at the end), and hashing a
    // whole text of 150 bytes on every statement run was a fiftieth of an import.
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const;
    };

    std::mutex mutex_;
    std::unordered_map<std::string, Shelf, TextHash, std::equal_to<>> shelves_;  // by SQL text
};

}  // namespace host::store
