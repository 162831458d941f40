#include "host/store/dump_writer.hpp"

#include <functional>
#include <map>
#include <optional>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "host/store/host_store.hpp"

namespace host::store {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void field(JsonWriter& json, const char* key, const std::string& value) {
    json.Key(key);
    json.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void field(JsonWriter& json, const char* key, std::int64_t value) {
    json.Key(key);
    json.Int64(value);
}

void field(JsonWriter& json, const char* key, bool value) {
    json.Key(key);
    json.Bool(value);
}

void field(JsonWriter& json, const char* key, host_api::Timestamp value) {
    field(json, key, host_api::format_iso8601(value));
}

template <class T>
void field(JsonWriter& json, const char* key, const std::optional<T>& value) {
    if (value) return field(json, key, *value);
    json.Key(key);
    json.Null();
}

// Writes the array of `records` (a Result of a vector) with `write_one` per record.
template <class Records, class WriteOne>
host_api::Result<void> write_array(JsonWriter& json, Records records, WriteOne write_one) {
    if (!records) return records.error();
    json.StartArray();
    for (const auto& record : *records) {
        json.StartObject();
        write_one(record);
        json.EndObject();
    }
    json.EndArray();
    return host_api::success();
}

struct OrderNames {
    std::map<host_api::OrderTypeId, std::string> types;
    std::map<host_api::StatusId, std::string> statuses;
    std::map<host_api::ContactId, std::string> clients;
};

std::string client_name(const host_api::Contact& contact) {
    std::string name = contact.first_name;
    if (!name.empty() && !contact.last_name.empty()) name += ' ';
    return name + contact.last_name;
}

host_api::Result<OrderNames> order_names(HostStore& store) {
    auto types = store.orders().order_types();
    if (!types) return types.error();
    auto contacts = store.contacts().all_contacts();
    if (!contacts) return contacts.error();
    OrderNames names;
    for (const auto& type : *types) {
        names.types[type.id] = type.name;
        for (const auto& status : type.statuses) names.statuses[status.id] = status.name;
    }
    for (const auto& contact : *contacts) names.clients[contact.id] = client_name(contact);
    return names;
}

std::optional<std::string> name_of(const std::map<std::int64_t, std::string>& names, std::int64_t id) {
    const auto found = names.find(id);
    if (found == names.end()) return std::nullopt;
    return found->second;
}

void write_item(JsonWriter& json, const host_api::OrderItem& item) {
    json.StartObject();
    field(json, "id", item.id);
    field(json, "product_id", item.product_id);
    field(json, "name", item.name);
    field(json, "article", item.article);
    field(json, "code", item.code);
    field(json, "quantity", item.quantity);
    field(json, "price", host_api::format_amount(item.price));
    field(json, "currency", item.price.currency);
    field(json, "written_off", item.written_off);
    json.EndObject();
}

void write_origin(JsonWriter& json, const std::optional<host_api::OrderOrigin>& origin) {
    auto part = [&](auto member) { return origin ? std::optional(std::invoke(member, *origin)) : std::nullopt; };
    field(json, "store", part(&host_api::OrderOrigin::store));
    field(json, "external_id", part(&host_api::OrderOrigin::external_id));
    field(json, "external_url", part(&host_api::OrderOrigin::external_url));
    field(json, "created_external", part(&host_api::OrderOrigin::created_external));
    field(json, "last_synced", part(&host_api::OrderOrigin::last_synced));
}

void write_client(JsonWriter& json, const OrderNames& names, const std::optional<host_api::ContactId>& client) {
    field(json, "client_id", client);
    const auto name = client ? name_of(names.clients, *client) : std::nullopt;
    // R25: an order without client data shows its client as "Not set".
    field(json, "client_name", name && !name->empty() ? *name : std::string("Not set"));
}

void write_order(JsonWriter& json, const OrderNames& names, const host_api::Order& order) {
    field(json, "id", order.id);
    field(json, "number", order.number);
    field(json, "order_type", name_of(names.types, order.order_type_id));
    field(json, "status", name_of(names.statuses, order.status_id));
    write_origin(json, order.origin);
    write_client(json, names, order.client_id);
    field(json, "total", host_api::format_amount(order.total));
    field(json, "currency", order.total.currency);
    field(json, "created_at", order.created_at);
    json.Key("items");
    json.StartArray();
    for (const auto& item : order.items) write_item(json, item);
    json.EndArray();
}

host_api::Result<void> write_orders(HostStore& store, JsonWriter& json) {
    auto names = order_names(store);
    if (!names) return names.error();
    return write_array(json, store.order_listing().list(),
                       [&](const host_api::Order& order) { write_order(json, *names, order); });
}

host_api::Result<void> write_contacts(HostStore& store, JsonWriter& json) {
    return write_array(json, store.contacts().all_contacts(), [&](const host_api::Contact& contact) {
        field(json, "id", contact.id);
        field(json, "first_name", contact.first_name);
        field(json, "last_name", contact.last_name);
        field(json, "phone", contact.phone);
        field(json, "email", contact.email);
        field(json, "address", contact.address);
    });
}

host_api::Result<void> write_products(HostStore& store, JsonWriter& json) {
    auto categories = store.catalog().all_categories();
    if (!categories) return categories.error();
    std::map<host_api::CategoryId, std::string> category_names;
    for (const auto& category : *categories) category_names[category.id] = category.name;
    return write_array(json, store.catalog().all_products(), [&](const host_api::Product& product) {
        field(json, "id", product.id);
        field(json, "name", product.name);
        field(json, "article", product.article);
        field(json, "code", product.code);
        field(json, "description", product.description);
        field(json, "unit", product.unit);
        field(json, "category", product.category_id ? name_of(category_names, *product.category_id) : std::nullopt);
    });
}

host_api::Result<void> write_categories(HostStore& store, JsonWriter& json) {
    return write_array(json, store.catalog().all_categories(), [&](const host_api::Category& category) {
        field(json, "id", category.id);
        field(json, "name", category.name);
    });
}

host_api::Result<void> write_waybills(HostStore& store, JsonWriter& json) {
    return write_array(json, store.waybills().all_waybills(), [&](const host_api::Waybill& waybill) {
        field(json, "id", waybill.id);
        field(json, "order_id", waybill.order_id);
        field(json, "number", waybill.number);
        field(json, "carrier", waybill.carrier);
        field(json, "status", waybill.status);
        field(json, "status_code", waybill.status_code);
        field(json, "recipient_name", waybill.recipient_name);
        field(json, "recipient_phone", waybill.recipient_phone);
        field(json, "city", waybill.city);
        field(json, "branch", waybill.branch);
        field(json, "sender_name", waybill.sender_name);
        field(json, "sender_phone", waybill.sender_phone);
        field(json, "sender_city", waybill.sender_city);
        field(json, "sender_branch", waybill.sender_branch);
        field(json, "cost", host_api::format_amount(waybill.cost));
        field(json, "currency", waybill.cost.currency);
        field(json, "tracking_open", waybill.tracking_open);
        field(json, "created_at", waybill.created_at);
        field(json, "updated_at", waybill.updated_at);
    });
}

host_api::Result<void> write_feed(HostStore& store, JsonWriter& json) {
    return write_array(json, store.feed().all_comments(), [&](const host_api::FeedComment& comment) {
        field(json, "id", comment.id);
        field(json, "order_id", comment.order_id);
        field(json, "author", comment.author);
        field(json, "text", comment.text);
        field(json, "created_at", comment.created_at);
    });
}

host_api::Result<void> write_imports(HostStore& store, JsonWriter& json) {
    return write_array(json, store.imports().import_records(""), [&](const host_api::ImportRecord& record) {
        field(json, "store", record.store);
        field(json, "external_id", record.external_id);
        field(json, "state", record.state);
        field(json, "reason", record.reason);
        field(json, "attempts", static_cast<std::int64_t>(record.attempts));
        field(json, "updated_at", record.updated_at);
    });
}

struct DumpKind {
    std::string_view name;
    host_api::Result<void> (*write)(HostStore&, JsonWriter&);
};

constexpr DumpKind k_kinds[] = {
    {"orders", write_orders},         {"contacts", write_contacts}, {"products", write_products},
    {"categories", write_categories}, {"waybills", write_waybills}, {"feed", write_feed},
    {"imports", write_imports},
};

const DumpKind* find_kind(std::string_view name) {
    for (const auto& kind : k_kinds)
        if (kind.name == name) return &kind;
    return nullptr;
}

}  // namespace

std::string dump_kinds() {
    std::string names;
    for (const auto& kind : k_kinds) names += (names.empty() ? "" : ", ") + std::string(kind.name);
    return names;
}

host_api::Result<std::string> dump_json(HostStore& store, std::string_view kind) {
    const auto* found = find_kind(kind);
    if (found == nullptr)
        return host_api::permanent_error("unknown dump kind '" + std::string(kind) + "'; valid kinds: " + dump_kinds());
    try {
        // One unit of work: the dump reads one consistent state, and writes nothing.
        auto unit = store.transactions().begin();
        if (!unit) return unit.error();
        rapidjson::StringBuffer buffer;
        JsonWriter json(buffer);
        if (auto written = found->write(store, json); !written) return written.error();
        return std::string(buffer.GetString(), buffer.GetSize());
    } catch (const std::exception& e) {
        return host_api::permanent_error("dump " + std::string(kind) + " failed: " + e.what());
    }
}

}  // namespace host::store
