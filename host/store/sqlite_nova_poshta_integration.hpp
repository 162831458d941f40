#pragma once
// The host's Nova Poshta integration settings (R12-R14): one row of settings plus the
// ordered status-change rules. The adapter reads them; the CLI saves them.
#include "host/store/database.hpp"
#include "host_api/nova_poshta_integration.hpp"

namespace host::store {

class SqliteNovaPoshtaIntegration final : public host_api::NovaPoshtaIntegration {
public:
    explicit SqliteNovaPoshtaIntegration(Database& db) : db_(db) {}

    host_api::Result<host_api::NovaPoshtaSettings> nova_poshta_settings() override;
    // Replaces everything, the rules included, in one transaction.
    host_api::Result<void> save(const host_api::NovaPoshtaSettings& settings);

private:
    Database& db_;
};

}  // namespace host::store
