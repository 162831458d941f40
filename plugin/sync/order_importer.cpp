#include "plugin/sync/order_importer.hpp"

#include "plugin/sync/contact_resolver.hpp"
#include "plugin/sync/delivery_builder.hpp"
#include "plugin/sync/delivery_router.hpp"
#include "plugin/sync/order_memory.hpp"
#include "plugin/sync/product_resolver.hpp"

namespace shopify::sync {
namespace {

constexpr const char* k_feed_author = "Shopify";

std::string key(const char* kind, const StoreSettings& store, const std::string& id) {
    return state_key(kind, store.connection_id, id);
}

std::string quantity_note(const LineItem& line, std::int64_t quantity) {
    return "Quantity of \"" + line.name + "\" changed on Shopify to " + std::to_string(quantity) +
           "; not applied: the item is already written off.";
}

}  // namespace

host_api::Result<void> OrderImporter::log_import(const StoreSettings& store, const std::string& order_id,
                                                 const char* state, const std::string& reason) {
    return host_.imports.record_attempt(store.name, order_id, state, reason);
}

host_api::Result<ImportOutcome> OrderImporter::import(const StoreSettings& store, const Order& order,
                                                      const std::function<host_api::Result<void>()>& also) {
    auto unit = host_.transactions.begin();
    if (!unit) return unit.error();
    auto facts = read_host_facts();
    if (!facts) return facts.error();
    auto outcome = import_within(store, order, *facts);
    if (!outcome) return outcome.error();
    if (also) {
        if (auto done = also(); !done) return done.error();
    }
    if (auto committed = (*unit)->commit(); !committed) return committed.error();
    return outcome;
}

host_api::Result<HostFacts> OrderImporter::read_host_facts() {
    auto types = host_.orders.order_types();
    if (!types) return types.error();
    return HostFacts{host_.settings.currency(), std::move(*types)};
}

host_api::Result<void> OrderImporter::record_failure(const StoreSettings& store, const std::string& order_id,
                                                     const std::string& reason,
                                                     const std::function<host_api::Result<void>()>& also) {
    auto unit = host_.transactions.begin();
    if (!unit) return unit.error();
    if (auto logged = log_import(store, order_id, host_api::k_import_failed, reason); !logged) return logged.error();
    if (also) {
        if (auto done = also(); !done) return done.error();
    }
    return (*unit)->commit();
}

// The reasons an order is not imported at all (R3); the order type is found on the way.
std::optional<std::string> OrderImporter::refusal(const StoreSettings& store, const Order& order,
                                                  const HostFacts& facts, host_api::OrderTypeId& type_id) const {
    if (order.currency != facts.currency)
        return "currency " + order.currency + " differs from the host currency " + facts.currency +
               "; not imported, so that no amount is wrong";
    for (const auto& type : facts.order_types)
        if (type.name == store.order_type) type_id = type.id;
    if (type_id == 0) return "the host has no order type \"" + store.order_type + "\"";
    return std::nullopt;
}

host_api::Result<ImportOutcome> OrderImporter::import_within(const StoreSettings& store, const Order& order,
                                                             const HostFacts& facts) {
    auto remembered = recall_order(host_.state, store.connection_id, order.id);
    if (!remembered) return remembered.error();
    const auto& memory = *remembered;
    // Deliveries come late and out of order: an older state of the order changes nothing.
    if (memory && order.updated_at < memory->updated_at) {
        // A retried import of an order already imported: its log line says so again.
        auto record = host_.imports.import_record(store.name, order.id);
        if (!record) return record.error();
        if (*record && (*record)->state != host_api::k_import_imported) {
            if (auto logged = log_import(store, order.id, host_api::k_import_imported, ""); !logged)
                return logged.error();
        }
        return ImportOutcome{ImportOutcome::Kind::unchanged, memory->host_order, {}};
    }
    host_api::OrderTypeId type_id = 0;
    if (const auto refused = refusal(store, order, facts, type_id)) {
        if (auto logged = log_import(store, order.id, host_api::k_import_failed, *refused); !logged)
            return logged.error();
        return ImportOutcome{ImportOutcome::Kind::refused, 0, *refused};
    }
    auto existing = existing_order(store, order, memory);
    if (!existing) return existing.error();
    bool created = false;
    auto order_id = upsert_order(store, order, type_id, *existing, created);
    if (!order_id) return order_id.error();
    OrderMemory next;  // what is remembered of the order after this import
    next.updated_at = order.updated_at;
    next.host_order = *order_id;
    // A host order found without memory of it may have its lines in the older keys.
    next.lines_known = memory ? memory->lines_known : created;
    if (memory) next.items_by_line = memory->items_by_line;
    if (auto items = sync_items(store, order, *existing, next); !items) return items.error();
    if (auto cancelled = note_cancellation(store, order, *order_id); !cancelled) return cancelled.error();
    const host_api::DeliveryTarget target{*order_id, order.name, store.name};
    if (auto routed = DeliveryRouter(host_).route(store, order.id, target, delivery_of(store, order)); !routed)
        return routed.error();
    next.lines_known = true;  // the lines looked up in the older keys are in it now
    if (auto saved = remember_order(host_.state, store.connection_id, order.id, next); !saved) return saved.error();
    if (auto logged = log_import(store, order.id, host_api::k_import_imported, ""); !logged) return logged.error();
    return ImportOutcome{created ? ImportOutcome::Kind::created : ImportOutcome::Kind::updated, *order_id, {}};
}

// The host order this Shopify order became: the remembered one, else the one of its origin.
// The memory is kept by connection, not by the store's name, so an import still running
// under the name a store had before it was renamed finds the order all the same.
host_api::Result<std::optional<host_api::Order>> OrderImporter::existing_order(
    const StoreSettings& store, const Order& order, const std::optional<OrderMemory>& memory) {
    if (memory) {
        auto remembered = host_.orders.find_order(memory->host_order);
        if (!remembered) return remembered.error();
        const auto& found = *remembered;
        if (found && found->origin && found->origin->external_id == order.id) return remembered;
    }
    return host_.orders.find_by_origin(store.name, order.id);
}

host_api::Result<host_api::OrderId> OrderImporter::upsert_order(const StoreSettings& store, const Order& order,
                                                                host_api::OrderTypeId type_id,
                                                                const std::optional<host_api::Order>& existing,
                                                                bool& created) {
    ContactResolver contacts(host_.contacts, host_.state);
    auto client = contacts.resolve(store, order, existing ? existing->client_id : std::nullopt);
    if (!client) return client.error();
    const host_api::OrderOrigin origin{store.name, order.id, store.admin_order_url(order.id), order.created_at,
                                       host_api::now()};
    if (existing) {
        host_api::Order updated = *existing;
        updated.client_id = *client;
        updated.total = order.total;
        updated.origin = origin;
        if (auto saved = host_.orders.update_order(updated); !saved) return saved.error();
        return existing->id;
    }
    created = true;
    host_api::NewOrder fresh;
    fresh.number = order.name;
    fresh.order_type_id = type_id;
    fresh.client_id = *client;
    fresh.origin = origin;
    fresh.total = order.total;
    fresh.created_at = order.created_at;
    return host_.orders.create_order(fresh);
}

// The items are the ones read with the existing order: the upsert changed the order's own
// fields, not its items, so they are not read a second time. A new order has none.
host_api::Result<void> OrderImporter::sync_items(const StoreSettings& store, const Order& order,
                                                 const std::optional<host_api::Order>& existing,
                                                 OrderMemory& memory) {
    const host_api::Order new_order;  // made a moment ago: no items yet
    const auto& current = existing ? *existing : new_order;
    for (const auto& line : order.line_items) {
        if (auto synced = sync_item(store, line, current, memory); !synced) return synced.error();
    }
    return host_api::success();
}

// The host item a line item became: in the order's memory, or for memory written before
// lines were kept there, under the line's own key.
host_api::Result<std::optional<host_api::ItemId>> OrderImporter::item_of_line(const StoreSettings& store,
                                                                              const std::string& line_id,
                                                                              OrderMemory& memory) {
    if (const auto found = memory.items_by_line.find(line_id); found != memory.items_by_line.end())
        return std::optional<host_api::ItemId>(found->second);
    if (memory.lines_known) return std::optional<host_api::ItemId>();
    auto mapped = host_.state.get(key("line", store, line_id));
    if (!mapped) return mapped.error();
    if (!*mapped) return std::optional<host_api::ItemId>();
    const host_api::ItemId item = std::stoll(**mapped);
    memory.items_by_line.emplace(line_id, item);
    return std::optional<host_api::ItemId>(item);
}

host_api::Result<void> OrderImporter::sync_item(const StoreSettings& store, const LineItem& line,
                                                const host_api::Order& current, OrderMemory& memory) {
    const host_api::OrderItem* item = nullptr;
    if (!current.items.empty()) {  // else no line can be mapped to one of its items
        auto mapped = item_of_line(store, line.id, memory);
        if (!mapped) return mapped.error();
        if (*mapped) {
            for (const auto& candidate : current.items)
                if (candidate.id == **mapped) item = &candidate;
        }
    }
    if (item == nullptr) {
        if (line.quantity == 0) return host_api::success();  // removed before it ever reached the host
        ProductResolver products(host_.catalog);
        auto product = products.resolve(store, line);
        if (!product) return product.error();
        host_api::OrderItem fresh;
        fresh.order_id = memory.host_order;
        const auto described = product_of(line);
        fresh.product_id = *product ? std::optional<host_api::ProductId>((*product)->id) : std::nullopt;
        fresh.name = *product ? (*product)->name : described.name;
        fresh.article = *product ? (*product)->article : described.article;
        fresh.code = *product ? (*product)->code : described.code;
        fresh.quantity = line.quantity;
        fresh.price = line.unit_price;
        auto added = host_.orders.add_item(fresh);  // without write-off (R22)
        if (!added) return added.error();
        memory.items_by_line[line.id] = *added;
        return host_api::success();
    }
    if (item->quantity == line.quantity && item->price == line.unit_price) return host_api::success();
    if (!item->written_off) {
        host_api::OrderItem changed = *item;
        changed.quantity = line.quantity;
        changed.price = line.unit_price;
        return host_.orders.update_item(changed);  // R23
    }
    // Written off: the change is not applied, and the feed says so once per new quantity.
    const auto noted_key = key("noted", store, line.id);
    auto noted = host_.state.get(noted_key);
    if (!noted) return noted.error();
    if (*noted && **noted == std::to_string(line.quantity)) return host_api::success();
    if (auto added = host_.feed.add_comment(memory.host_order, k_feed_author, quantity_note(line, line.quantity));
        !added)
        return added.error();
    return host_.state.put(noted_key, std::to_string(line.quantity));
}

host_api::Result<void> OrderImporter::note_cancellation(const StoreSettings& store, const Order& order,
                                                        host_api::OrderId order_id) {
    if (!order.cancelled_at) return host_api::success();
    const auto noted_key = key("cancelled", store, order.id);
    auto noted = host_.state.get(noted_key);
    if (!noted) return noted.error();
    if (*noted) return host_api::success();
    const auto text =
        "Order " + order.name + " was cancelled on Shopify at " + host_api::format_iso8601(*order.cancelled_at) + ".";
    if (auto added = host_.feed.add_comment(order_id, k_feed_author, text); !added) return added.error();
    return host_.state.put(noted_key, host_api::format_iso8601(*order.cancelled_at));
}

}  // namespace shopify::sync
