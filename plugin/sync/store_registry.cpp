#include "plugin/sync/store_registry.hpp"

namespace shopify::sync {

void StoreRegistry::put(const StoreSettings& store) {
    std::lock_guard lock(mutex_);
    stores_[store.connection_id] = store;
}

void StoreRegistry::remove(host_api::ConnectionId connection) {
    std::lock_guard lock(mutex_);
    stores_.erase(connection);
}

std::optional<StoreSettings> StoreRegistry::find(host_api::ConnectionId connection) const {
    std::lock_guard lock(mutex_);
    const auto found = stores_.find(connection);
    if (found == stores_.end()) return std::nullopt;
    return found->second;
}

std::optional<StoreSettings> StoreRegistry::find_by_domain(const std::string& domain) const {
    std::lock_guard lock(mutex_);
    for (const auto& [id, store] : stores_)
        if (store.domain == domain) return store;
    return std::nullopt;
}

std::optional<StoreSettings> StoreRegistry::find_by_name(const std::string& name) const {
    std::lock_guard lock(mutex_);
    for (const auto& [id, store] : stores_)
        if (store.name == name) return store;
    return std::nullopt;
}

std::vector<StoreSettings> StoreRegistry::all() const {
    std::lock_guard lock(mutex_);
    std::vector<StoreSettings> out;
    for (const auto& [id, store] : stores_) out.push_back(store);
    return out;
}

}  // namespace shopify::sync
