#pragma once
// One Shopify order into the host, in one transaction (DESIGN.md, step 4): currency check,
// client, products, the order by (store, external id), its items without write-off,
// quantities only where not written off, its delivery to the matching shipping adapter,
// the imports log, and the caller's own step (the inbox entry finished). A failure anywhere leaves all of it or none of it.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "host_api/host_context.hpp"
#include "plugin/shopify/order.hpp"
#include "plugin/shopify/store_settings.hpp"
#include "plugin/sync/order_memory.hpp"

namespace shopify::sync {

struct ImportOutcome {
    enum class Kind { created, updated, unchanged, refused };
    Kind kind = Kind::refused;
    host_api::OrderId order_id = 0;
    std::string reason;  // why it was refused
};

// What an import reads from the host that no import changes: read once in a unit of work
// that imports many orders (a batch of the initial import), not once per order.
struct HostFacts {
    std::string currency;
    std::vector<host_api::OrderType> order_types;
};

class OrderImporter {
public:
    explicit OrderImporter(host_api::HostContext& host) : host_(host) {}

    // also: written in the same transaction (finishing the inbox entry). An Error means
    // nothing was written; a refusal is written to the imports log with its reason.
    host_api::Result<ImportOutcome> import(const StoreSettings& store, const Order& order,
                                           const std::function<host_api::Result<void>()>& also);

    // For a caller that holds a unit of work of its own and rolls all of it back on an
    // Error: the import's writes go into that unit, with facts read once in it.
    host_api::Result<HostFacts> read_host_facts();
    host_api::Result<ImportOutcome> import_within(const StoreSettings& store, const Order& order,
                                                  const HostFacts& facts);

    // Records a failure that has no order to import (not found, undecodable).
    host_api::Result<void> record_failure(const StoreSettings& store, const std::string& order_id,
                                          const std::string& reason,
                                          const std::function<host_api::Result<void>()>& also);

private:
    std::optional<std::string> refusal(const StoreSettings& store, const Order& order, const HostFacts& facts,
                                       host_api::OrderTypeId& type_id) const;
    host_api::Result<std::optional<host_api::Order>> existing_order(const StoreSettings& store, const Order& order,
                                                                    const std::optional<OrderMemory>& memory);
    host_api::Result<host_api::OrderId> upsert_order(const StoreSettings& store, const Order& order,
                                                     host_api::OrderTypeId type_id,
                                                     const std::optional<host_api::Order>& existing, bool& created);
    // memory: what is remembered of the order after this import; its items by line grow.
    host_api::Result<void> sync_items(const StoreSettings& store, const Order& order,
                                      const std::optional<host_api::Order>& existing, OrderMemory& memory);
    host_api::Result<void> sync_item(const StoreSettings& store, const LineItem& line, const host_api::Order& current,
                                     OrderMemory& memory);
    host_api::Result<std::optional<host_api::ItemId>> item_of_line(const StoreSettings& store,
                                                                   const std::string& line_id, OrderMemory& memory);
    host_api::Result<void> note_cancellation(const StoreSettings& store, const Order& order, host_api::OrderId order_id);
    host_api::Result<void> log_import(const StoreSettings& store, const std::string& order_id, const char* state,
                                      const std::string& reason);

    host_api::HostContext& host_;
};

}  // namespace shopify::sync
