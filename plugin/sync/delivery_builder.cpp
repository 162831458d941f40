#include "plugin/sync/delivery_builder.hpp"

#include "plugin/sync/phone_normalizer.hpp"

namespace shopify::sync {
namespace {

std::string attribute(const Order& order, const std::string& key) {
    for (const auto& entry : order.custom_attributes)
        if (entry.key == key) return entry.value;
    return {};
}

std::string joined(std::initializer_list<const std::string*> parts, const char* separator) {
    std::string out;
    for (const auto* part : parts) {
        if (part->empty()) continue;
        if (!out.empty()) out += separator;
        out += *part;
    }
    return out;
}

host_api::DeliveryRecipient recipient_of(const Order& order) {
    host_api::DeliveryRecipient recipient;
    if (!order.shipping_address) return recipient;
    const Address& address = *order.shipping_address;
    recipient.name = joined({&address.first_name, &address.last_name}, " ");
    const std::string& raw_phone = address.phone.empty() ? order.phone : address.phone;
    const std::string region = address.country_code.empty() ? k_default_phone_region : address.country_code;
    recipient.phone = normalize_phone(raw_phone, region).value_or(raw_phone);
    recipient.address = joined({&address.address1, &address.address2}, ", ");
    recipient.city = address.city;
    recipient.zip = address.zip;
    recipient.country = address.country;
    recipient.country_code = address.country_code;
    return recipient;
}

}  // namespace

std::optional<host_api::Delivery> delivery_of(const StoreSettings& store, const Order& order) {
    if (!order.shipping_line) return std::nullopt;
    const ShippingLine& line = *order.shipping_line;
    host_api::Delivery delivery;
    delivery.carrier = line.title;
    delivery.method_code = line.code;
    delivery.source = line.source;
    delivery.carrier_identifier = line.carrier_identifier;
    delivery.cost = line.price;
    delivery.recipient = recipient_of(order);
    for (const auto& tracking : order.tracking) {
        delivery.tracking_numbers.push_back(tracking.number);
        delivery.tracking_companies.push_back(tracking.company);
    }
    delivery.np_city = attribute(order, store.np_city_attribute);
    if (delivery.np_city.empty()) delivery.np_city = delivery.recipient.city;
    delivery.np_branch = attribute(order, store.np_branch_attribute);
    if (delivery.np_branch.empty() && order.shipping_address) delivery.np_branch = order.shipping_address->address2;
    delivery.np_ttn = attribute(order, store.np_ttn_attribute);
    return delivery;
}

}  // namespace shopify::sync
