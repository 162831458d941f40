#include "host/store/order_entry.hpp"

namespace host::store {
namespace {

std::pair<std::string, std::string> first_and_last(const std::string& name) {
    const auto space = name.find(' ');
    if (space == std::string::npos) return {name, ""};
    return {name.substr(0, space), name.substr(space + 1)};
}

// The client with this phone when the host knows one (R26's rule for imports, too).
host_api::Result<host_api::ContactId> client_of(HostStore& store, const std::string& name, const std::string& phone) {
    if (!phone.empty()) {
        auto known = store.contacts().find_by_phone(phone);
        if (!known) return known.error();
        if (*known) return (*known)->id;
    }
    const auto [first, last] = first_and_last(name);
    return store.contacts().create_contact({0, first, last, phone, "", ""});
}

}  // namespace

std::string e164_phone(const std::string& typed) {
    std::string digits;
    for (const char c : typed)
        if (c >= '0' && c <= '9') digits.push_back(c);
    if (digits.empty()) return "";
    if (digits.size() == 10 && digits[0] == '0') return "+38" + digits;
    return "+" + digits;
}

host_api::Result<host_api::OrderId> enter_order(HostStore& store, const EnteredOrder& entered) {
    auto types = store.orders().order_types();
    if (!types) return types.error();
    if (types->empty()) return host_api::permanent_error("the host has no order type");
    auto currency = store.settings().currency();
    if (!currency) return currency.error();
    auto work = store.transactions().begin();
    if (!work) return work.error();
    auto client = client_of(store, entered.client_name, e164_phone(entered.client_phone));
    if (!client) return client.error();
    host_api::NewOrder order;
    order.order_type_id = types->front().id;
    order.client_id = *client;
    order.total = host_api::Money{0, *currency};
    for (const auto& line : entered.lines) order.total.minor_units += line.price_minor * line.quantity;
    auto id = store.orders().create_order(order);
    if (!id) return id.error();
    for (const auto& line : entered.lines) {
        host_api::OrderItem item;
        item.order_id = *id;
        item.name = line.name;
        item.quantity = line.quantity;
        item.price = host_api::Money{line.price_minor, *currency};
        if (auto added = store.orders().add_item(item); !added) return added.error();
    }
    if (auto committed = (*work)->commit(); !committed) return committed.error();
    return *id;
}

}  // namespace host::store
