#include "host/store/host_store.hpp"

namespace host::store {

HostStore::HostStore(const std::filesystem::path& data_dir)
    : database_(std::make_unique<Database>(data_dir)),
      orders_(*database_),
      order_listing_(*database_),
      catalog_(*database_),
      contacts_(*database_),
      feed_(*database_),
      waybills_(*database_),
      nova_poshta_(*database_),
      employees_(*database_),
      imports_(*database_),
      transactions_(*database_),
      connections_(*database_),
      settings_(*database_),
      adapter_overrides_(*database_) {}

host_api::Result<std::unique_ptr<HostStore>> HostStore::open(const std::filesystem::path& data_dir) noexcept {
    try {
        return std::make_unique<HostStore>(data_dir);
    } catch (...) {
        return exception_to_error("open host store in '" + data_dir.string() + "'", std::current_exception());
    }
}

std::unique_ptr<SqlitePluginState> HostStore::plugin_state(const std::string& owner) {
    return std::make_unique<SqlitePluginState>(*database_, owner);
}

}  // namespace host::store
