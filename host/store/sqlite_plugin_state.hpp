#pragma once
// host_api::PluginState over the host database: one key space per owner (a plugin's or an
// adapter's id), so one library never reads or overwrites another's keys.
#include <string>

#include "host/store/database.hpp"
#include "host_api/plugin_state.hpp"

namespace host::store {

class SqlitePluginState final : public host_api::PluginState {
public:
    SqlitePluginState(Database& db, std::string owner) : db_(db), owner_(std::move(owner)) {}

    const std::string& owner() const { return owner_; }

    host_api::Result<std::optional<std::string>> get(const std::string& key) override;
    host_api::Result<void> put(const std::string& key, const std::string& value) override;
    host_api::Result<void> erase(const std::string& key) override;
    // Keys compare byte by byte (SQLite's BINARY collation).
    host_api::Result<Entries> entries(const std::string& prefix, std::size_t limit) override;
    using host_api::PluginState::entries;

private:
    Database& db_;
    std::string owner_;
};

}  // namespace host::store
