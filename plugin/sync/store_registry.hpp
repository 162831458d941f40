#pragma once
// The stores the host has connected, as the plugin knows them: the webhook route finds a
// store by its domain, the worker walks them all. Thread-safe.
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "plugin/shopify/store_settings.hpp"

namespace shopify::sync {

class StoreRegistry {
public:
    void put(const StoreSettings& store);
    void remove(host_api::ConnectionId connection);
    std::optional<StoreSettings> find(host_api::ConnectionId connection) const;
    std::optional<StoreSettings> find_by_domain(const std::string& domain) const;
    std::optional<StoreSettings> find_by_name(const std::string& name) const;
    std::vector<StoreSettings> all() const;

private:
    mutable std::mutex mutex_;
    std::map<host_api::ConnectionId, StoreSettings> stores_;
};

}  // namespace shopify::sync
