#include "plugin/sync/contact_resolver.hpp"

#include "plugin/sync/phone_normalizer.hpp"

namespace shopify::sync {
namespace {

std::string first_of(std::initializer_list<std::string> values) {
    for (const auto& value : values)
        if (!value.empty()) return value;
    return {};
}

std::string joined_address(const Address& address) {
    std::string out;
    for (const auto* part : {&address.address1, &address.address2, &address.city, &address.province, &address.zip,
                             &address.country}) {
        if (part->empty()) continue;
        if (!out.empty()) out += ", ";
        out += *part;
    }
    return out;
}

std::string phone_of(const Order& order) {
    const Address empty;
    const Address& shipping = order.shipping_address ? *order.shipping_address : empty;
    const Address& billing = order.billing_address ? *order.billing_address : empty;
    const std::string raw =
        first_of({order.customer ? order.customer->phone : "", order.phone, shipping.phone, billing.phone});
    if (raw.empty()) return {};
    const std::string region = first_of({shipping.country_code, billing.country_code, k_default_phone_region});
    // A number that is no valid phone (e.g. "555-555-SHIP") is kept as written: it is
    // still the client's, it just cannot match another contact.
    if (auto normalized = normalize_phone(raw, region)) return *normalized;
    // A Ukrainian number given by a client shipping abroad: the shop's own region.
    return normalize_phone(raw, k_default_phone_region).value_or(raw);
}

bool is_empty(const host_api::Contact& contact) {
    return contact.first_name.empty() && contact.last_name.empty() && contact.phone.empty() && contact.email.empty() &&
           contact.address.empty();
}

}  // namespace

host_api::Contact contact_of(const Order& order) {
    const Address empty;
    const Address& shipping = order.shipping_address ? *order.shipping_address : empty;
    const Address& billing = order.billing_address ? *order.billing_address : empty;
    host_api::Contact contact;
    contact.first_name = first_of({order.customer ? order.customer->first_name : "", shipping.first_name, billing.first_name});
    contact.last_name = first_of({order.customer ? order.customer->last_name : "", shipping.last_name, billing.last_name});
    contact.phone = phone_of(order);
    contact.email = first_of({order.customer ? order.customer->email : "", order.email});
    contact.address = order.shipping_address ? joined_address(shipping) : joined_address(billing);
    return contact;
}

host_api::Result<std::optional<host_api::ContactId>> ContactResolver::remembered(const std::string& key) {
    auto value = state_.get(key);
    if (!value) return value.error();
    if (!*value) return std::optional<host_api::ContactId>{};
    return std::optional<host_api::ContactId>{std::stoll(**value)};
}

// A contact found again keeps what it has and gains what it lacked.
host_api::Result<host_api::ContactId> ContactResolver::fill_in(host_api::Contact found, const host_api::Contact& incoming) {
    bool changed = false;
    for (auto [mine, theirs] : {std::pair{&found.first_name, &incoming.first_name}, {&found.last_name, &incoming.last_name},
                                {&found.phone, &incoming.phone}, {&found.email, &incoming.email},
                                {&found.address, &incoming.address}}) {
        if (mine->empty() && !theirs->empty()) {
            *mine = *theirs;
            changed = true;
        }
    }
    if (changed) {
        if (auto updated = contacts_.update_contact(found); !updated) return updated.error();
    }
    return found.id;
}

host_api::Result<std::optional<host_api::ContactId>> ContactResolver::resolve(
    const StoreSettings& store, const Order& order, std::optional<host_api::ContactId> existing) {
    const host_api::Contact incoming = contact_of(order);
    if (is_empty(incoming)) return existing;  // nothing new to say: keep what the order has
    std::optional<host_api::Contact> found;
    if (!incoming.phone.empty()) {
        auto by_phone = contacts_.find_by_phone(incoming.phone);
        if (!by_phone) return by_phone.error();
        found = *by_phone;
    }
    const std::string customer_key = order.customer && !order.customer->id.empty()
                                         ? "customer/" + std::to_string(store.connection_id) + "/" + order.customer->id
                                         : "";
    std::optional<host_api::ContactId> id_hint = existing;
    if (!found && !customer_key.empty()) {
        auto known = remembered(customer_key);
        if (!known) return known.error();
        if (*known) id_hint = *known;
    }
    if (!found && id_hint) {
        auto contact = contacts_.contact(*id_hint);
        if (!contact) return contact.error();
        found = *contact;
    }
    host_api::ContactId id = 0;
    if (found) {
        auto kept = fill_in(*found, incoming);
        if (!kept) return kept.error();
        id = *kept;
    } else {
        auto created = contacts_.create_contact(incoming);
        if (!created) return created.error();
        id = *created;
    }
    if (!customer_key.empty()) {
        if (auto saved = state_.put(customer_key, std::to_string(id)); !saved) return saved.error();
    }
    return std::optional<host_api::ContactId>{id};
}

}  // namespace shopify::sync
