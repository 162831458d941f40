#pragma once
// Everything the host keeps, in one place: the database of a data folder and one instance
// of each service over it. The services stay valid as long as the HostStore does.
#include <filesystem>
#include <memory>
#include <string>

#include "host/store/adapter_overrides.hpp"
#include "host/store/database.hpp"
#include "host/store/host_settings.hpp"
#include "host/store/order_listing.hpp"
#include "host/store/sqlite_catalog.hpp"
#include "host/store/sqlite_contacts.hpp"
#include "host/store/sqlite_employees.hpp"
#include "host/store/sqlite_event_feed.hpp"
#include "host/store/sqlite_import_log.hpp"
#include "host/store/sqlite_nova_poshta_integration.hpp"
#include "host/store/sqlite_order_book.hpp"
#include "host/store/sqlite_plugin_state.hpp"
#include "host/store/sqlite_transactions.hpp"
#include "host/store/sqlite_waybills.hpp"
#include "host/store/store_connections.hpp"

namespace host::store {

class HostStore {
public:
    // Throws when the folder or the database cannot be opened; open() reports instead.
    explicit HostStore(const std::filesystem::path& data_dir);
    HostStore(const HostStore&) = delete;
    HostStore& operator=(const HostStore&) = delete;

    // A clear Error (unwritable folder, corrupt or newer database) rather than a throw.
    static host_api::Result<std::unique_ptr<HostStore>> open(const std::filesystem::path& data_dir) noexcept;

    Database& database() { return *database_; }
    SqliteOrderBook& orders() { return orders_; }
    OrderListing& order_listing() { return order_listing_; }
    SqliteCatalog& catalog() { return catalog_; }
    SqliteContacts& contacts() { return contacts_; }
    SqliteEventFeed& feed() { return feed_; }
    SqliteWaybills& waybills() { return waybills_; }
    SqliteNovaPoshtaIntegration& nova_poshta() { return nova_poshta_; }
    SqliteEmployees& employees() { return employees_; }
    SqliteImportLog& imports() { return imports_; }
    SqliteTransactions& transactions() { return transactions_; }
    StoreConnections& connections() { return connections_; }
    HostSettings& settings() { return settings_; }
    AdapterOverrides& adapter_overrides() { return adapter_overrides_; }

    // The key space of one plugin or adapter (its manifest id).
    std::unique_ptr<SqlitePluginState> plugin_state(const std::string& owner);

private:
    std::unique_ptr<Database> database_;  // first: every service below refers to it
    SqliteOrderBook orders_;
    OrderListing order_listing_;
    SqliteCatalog catalog_;
    SqliteContacts contacts_;
    SqliteEventFeed feed_;
    SqliteWaybills waybills_;
    SqliteNovaPoshtaIntegration nova_poshta_;
    SqliteEmployees employees_;
    SqliteImportLog imports_;
    SqliteTransactions transactions_;
    StoreConnections connections_;
    HostSettings settings_;
    AdapterOverrides adapter_overrides_;
};

}  // namespace host::store
