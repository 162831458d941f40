#pragma once
// Durable key-value state, one namespace per plugin or adapter (inbox cursors, last
// applied deliveries, refresh times). Survives restarts; writes join the caller's
// transaction when one is open on the same thread.
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "host_api/result.hpp"

namespace host_api {

class PluginState {
public:
    using Entries = std::vector<std::pair<std::string, std::string>>;
    static constexpr std::size_t k_every_entry = std::numeric_limits<std::size_t>::max();

    virtual ~PluginState() = default;

    virtual Result<std::optional<std::string>> get(const std::string& key) = 0;
    virtual Result<void> put(const std::string& key, const std::string& value) = 0;
    virtual Result<void> erase(const std::string& key) = 0;
    // The first `limit` keys that start with prefix, in key order: a queue's next few are
    // read without reading the whole queue.
    virtual Result<Entries> entries(const std::string& prefix, std::size_t limit) = 0;
    // Every key that starts with prefix, in key order.
    Result<Entries> entries(const std::string& prefix) { return entries(prefix, k_every_entry); }
};

}  // namespace host_api
