#pragma once
// The order's client as a host contact (R24-R26): found by normalized phone, else by the
// Shopify customer it was made from, else made new. An order with no personal data at all
// (Basic plan, guest without details) has no client: the host shows "Not set" (R25).
#include <optional>

#include "host_api/contacts.hpp"
#include "host_api/plugin_state.hpp"
#include "plugin/shopify/order.hpp"
#include "plugin/shopify/store_settings.hpp"

namespace shopify::sync {

class ContactResolver {
public:
    ContactResolver(host_api::Contacts& contacts, host_api::PluginState& state) : contacts_(contacts), state_(state) {}

    // existing: the client the host order already has, if it was imported before.
    host_api::Result<std::optional<host_api::ContactId>> resolve(const StoreSettings& store, const Order& order,
                                                                 std::optional<host_api::ContactId> existing);

private:
    host_api::Result<std::optional<host_api::ContactId>> remembered(const std::string& key);
    host_api::Result<host_api::ContactId> fill_in(host_api::Contact found, const host_api::Contact& incoming);

    host_api::Contacts& contacts_;
    host_api::PluginState& state_;
};

// The contact an order describes; empty fields where Shopify sent none.
host_api::Contact contact_of(const Order& order);

}  // namespace shopify::sync
