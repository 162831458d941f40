#pragma once
// Durable key-value state, one namespace per plugin or adapter (inbox cursors, last
// applied deliveries, refresh times). Survives restarts; writes join the caller's
// transaction when one is open on the same thread.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "host_api/result.hpp"

namespace host_api {

class PluginState {
public:
    virtual ~PluginState() = default;

    virtual Result<std::optional<std::string>> get(const std::string& key) = 0;
    virtual Result<void> put(const std::string& key, const std::string& value) = 0;
    virtual Result<void> erase(const std::string& key) = 0;
    // Every key that starts with prefix, in key order.
    virtual Result<std::vector<std::pair<std::string, std::string>>> entries(const std::string& prefix) = 0;
};

}  // namespace host_api
