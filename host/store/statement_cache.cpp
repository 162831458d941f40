#include "host/store/statement_cache.hpp"

#include <sqlite3.h>

#include <cstdint>
#include <cstring>

namespace host::store {

std::size_t StatementCache::TextHash::operator()(std::string_view text) const {
    constexpr std::size_t k_word = sizeof(std::uint64_t);
    if (text.size() < k_word) return std::hash<std::string_view>{}(text);
    std::uint64_t hash = text.size();
    for (const std::size_t at : {std::size_t{0}, text.size() / 2, text.size() - k_word}) {
        std::uint64_t word = 0;
        std::memcpy(&word, text.data() + at, k_word);
        hash = (hash ^ word) * 0x9E3779B97F4A7C15ULL;  // 2^64 / golden ratio: spreads the bits
    }
    return static_cast<std::size_t>(hash ^ (hash >> 32));
}

StatementCache::~StatementCache() {
    for (auto& [sql, shelf] : shelves_)
        for (auto* statement : shelf.idle) sqlite3_finalize(statement);
}

StatementCache::Taken StatementCache::take(std::string_view sql) {
    std::lock_guard lock(mutex_);
    auto found = shelves_.find(sql);
    if (found == shelves_.end()) {
        if (shelves_.size() >= k_most_texts) return {};
        found = shelves_.emplace(std::string(sql), Shelf{}).first;
    }
    auto& idle = found->second.idle;
    if (idle.empty()) return {nullptr, &found->second};
    auto* statement = idle.back();
    idle.pop_back();
    return {statement, &found->second};
}

void StatementCache::give_back(Shelf* shelf, sqlite3_stmt* statement) {
    if (statement == nullptr) return;
    if (shelf == nullptr) {
        sqlite3_finalize(statement);
        return;
    }
    // Reset ends the statement's read, so a kept statement holds no snapshot open.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    std::lock_guard lock(mutex_);
    shelf->idle.push_back(statement);
}

}  // namespace host::store
