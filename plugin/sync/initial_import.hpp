#pragma once
// A newly connected store brings its recent history: the orders of the last 2 months that
// are still open (not fulfilled, cancelled or refunded), through one GraphQL bulk
// operation, into the same importer as every other order. Its progress is kept in the
// plugin state in the same transaction as each batch of orders, so a restart resumes where
// it stopped, and it is reported on the connection ("initial_import") while it runs.
#include <chrono>
#include <map>
#include <string>

#include "host_api/host_context.hpp"
#include "plugin/shopify/bulk_orders_file.hpp"
#include "plugin/shopify/graphql_client.hpp"
#include "plugin/sync/order_importer.hpp"

namespace shopify::sync {

struct InitialImportProgress {
    std::string state;          // "" (not started), "running", "done", "failed"
    std::string operation;      // the bulk operation's gid
    std::int64_t imported = 0;  // orders of the file handled (imported or refused)
    std::int64_t total = 0;
    std::string message;
};

class InitialImport {
public:
    static constexpr std::chrono::hours k_history{24 * 61};  // "the last 2 months"

    InitialImport(host_api::HostContext& host, OrderImporter& importer) : host_(host), importer_(importer) {}

    // One step: start the operation, look at it, or import its file. True while work
    // remains, so the worker calls again.
    host_api::Result<bool> advance(const StoreSettings& store, GraphqlClient& client);
    host_api::Result<InitialImportProgress> progress(host_api::ConnectionId store);

private:
    host_api::Result<void> start(const StoreSettings& store, GraphqlClient& client, InitialImportProgress& progress);
    host_api::Result<void> look(const StoreSettings& store, GraphqlClient& client, InitialImportProgress& progress);
    host_api::Result<void> import_file(const StoreSettings& store, const std::string& url,
                                       InitialImportProgress& progress);
    host_api::Result<void> import_batch(const StoreSettings& store, const BulkOrdersFile& orders,
                                        InitialImportProgress& progress);
    host_api::Result<void> save(const StoreSettings& store, const InitialImportProgress& progress);
    host_api::Result<void> report(const StoreSettings& store, const InitialImportProgress& progress);

    host_api::HostContext& host_;
    OrderImporter& importer_;
    std::map<host_api::ConnectionId, std::chrono::steady_clock::time_point> next_look_;
};

// created_at:>='<since>' AND -fulfillment_status:fulfilled AND -status:cancelled AND
// -financial_status:refunded
std::string initial_import_search(host_api::Timestamp since);

}  // namespace shopify::sync
