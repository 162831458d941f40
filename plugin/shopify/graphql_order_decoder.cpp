#include "plugin/shopify/graphql_order_decoder.hpp"

namespace shopify {
namespace {

using rapidjson::Value;

const Value* field(const Value& object, const char* name) {
    if (!object.IsObject()) return nullptr;
    const auto found = object.FindMember(name);
    if (found == object.MemberEnd() || found->value.IsNull()) return nullptr;
    return &found->value;
}

std::string text(const Value& object, const char* name) {
    const Value* value = field(object, name);
    return value != nullptr && value->IsString() ? std::string(value->GetString(), value->GetStringLength()) : "";
}

// A MoneyBag's shop amount: {"shopMoney": {"amount": "10.00", "currencyCode": "UAH"}}.
std::optional<host_api::Money> shop_money(const Value& object, const char* name) {
    const Value* bag = field(object, name);
    const Value* money = bag != nullptr ? field(*bag, "shopMoney") : nullptr;
    if (money == nullptr) return std::nullopt;
    return host_api::parse_money(text(*money, "amount"), text(*money, "currencyCode"));
}

std::optional<Address> address(const Value& order, const char* name) {
    const Value* value = field(order, name);
    if (value == nullptr || !value->IsObject()) return std::nullopt;
    return Address{text(*value, "firstName"),    text(*value, "lastName"), text(*value, "phone"),
                   text(*value, "address1"),     text(*value, "address2"), text(*value, "city"),
                   text(*value, "province"),     text(*value, "zip"),      text(*value, "country"),
                   text(*value, "countryCodeV2")};
}

std::optional<Customer> customer(const Value& order) {
    const Value* value = field(order, "customer");
    if (value == nullptr || !value->IsObject()) return std::nullopt;
    return Customer{numeric_id(text(*value, "id")), text(*value, "firstName"), text(*value, "lastName"),
                    text(*value, "email"), text(*value, "phone")};
}

std::optional<Product> product(const Value& line) {
    const Value* value = field(line, "product");
    if (value == nullptr || !value->IsObject()) return std::nullopt;
    const Value* only_default = field(*value, "hasOnlyDefaultVariant");
    return Product{numeric_id(text(*value, "id")), text(*value, "title"), text(*value, "descriptionHtml"),
                   text(*value, "productType"),
                   only_default == nullptr || !only_default->IsBool() || only_default->GetBool()};
}

std::optional<Variant> variant(const Value& line) {
    const Value* value = field(line, "variant");
    if (value == nullptr || !value->IsObject()) return std::nullopt;
    return Variant{numeric_id(text(*value, "id")), text(*value, "sku"), text(*value, "title")};
}

host_api::Result<LineItem> line_item(const Value& line) {
    LineItem item;
    item.id = numeric_id(text(line, "id"));
    item.name = text(line, "name");
    item.title = text(line, "title");
    item.sku = text(line, "sku");
    const Value* quantity = field(line, "currentQuantity");
    if (quantity == nullptr || !quantity->IsInt64())
        return host_api::permanent_error("line item " + item.id + ": no currentQuantity");
    item.quantity = quantity->GetInt64();
    auto price = shop_money(line, "originalUnitPriceSet");
    if (!price) return host_api::permanent_error("line item " + item.id + ": no originalUnitPriceSet");
    item.unit_price = *price;
    item.product = product(line);
    item.variant = variant(line);
    return item;
}

// The endCursor when pageInfo says more lines follow; a selection without pageInfo (a
// bulk operation's lines) has them all.
std::optional<std::string> next_page(const Value& connection) {
    const Value* page = field(connection, "pageInfo");
    if (page == nullptr || !page->IsObject()) return std::nullopt;
    const Value* more = field(*page, "hasNextPage");
    const auto cursor = text(*page, "endCursor");
    if (more == nullptr || !more->IsBool() || !more->GetBool() || cursor.empty()) return std::nullopt;
    return cursor;
}

}  // namespace

host_api::Result<void> decode_line_items(const Value& connection, Order& out) {
    const Value* nodes = connection.IsObject() ? field(connection, "nodes") : nullptr;
    if (nodes == nullptr || !nodes->IsArray()) return host_api::permanent_error("order " + out.id + ": no lineItems");
    for (const auto& node : nodes->GetArray()) {
        auto item = line_item(node);
        if (!item) return item.error();
        out.line_items.push_back(std::move(*item));
    }
    out.more_line_items_after = next_page(connection);
    return host_api::success();
}

namespace {

host_api::Result<void> line_items(const Value& order, Order& out) {
    const Value* connection = field(order, "lineItems");
    if (connection == nullptr) return host_api::permanent_error("order " + out.id + ": no lineItems");
    return decode_line_items(*connection, out);
}

std::optional<ShippingLine> shipping_line(const Value& order) {
    const Value* value = field(order, "shippingLine");
    if (value == nullptr || !value->IsObject()) return std::nullopt;
    ShippingLine line{
        text(*value, "title"), text(*value, "code"), text(*value, "source"), text(*value, "carrierIdentifier"), {}};
    if (auto price = shop_money(*value, "originalPriceSet")) line.price = *price;
    return line;
}

std::vector<Tracking> tracking(const Value& order) {
    std::vector<Tracking> out;
    const Value* fulfillments = field(order, "fulfillments");
    if (fulfillments == nullptr || !fulfillments->IsArray()) return out;
    for (const auto& fulfillment : fulfillments->GetArray()) {
        const Value* infos = field(fulfillment, "trackingInfo");
        if (infos == nullptr || !infos->IsArray()) continue;
        for (const auto& info : infos->GetArray())
            if (!text(info, "number").empty()) out.push_back(Tracking{text(info, "number"), text(info, "company")});
    }
    return out;
}

std::vector<Attribute> attributes(const Value& order) {
    std::vector<Attribute> out;
    const Value* values = field(order, "customAttributes");
    if (values == nullptr || !values->IsArray()) return out;
    for (const auto& value : values->GetArray()) out.push_back(Attribute{text(value, "key"), text(value, "value")});
    return out;
}

host_api::Result<host_api::Timestamp> time_field(const Value& order, const char* name, const std::string& id) {
    auto parsed = host_api::parse_iso8601(text(order, name));
    if (!parsed) return host_api::permanent_error("order " + id + ": no valid " + name);
    return *parsed;
}

}  // namespace

host_api::Result<Order> decode_graphql_order(const Value& node) {
    if (!node.IsObject()) return host_api::permanent_error("order: not a JSON object");
    Order order;
    order.id = numeric_id(text(node, "id"));
    if (order.id.empty()) return host_api::permanent_error("order: no id");
    order.name = text(node, "name");
    if (order.name.empty()) return host_api::permanent_error("order " + order.id + ": no name");
    auto created = time_field(node, "createdAt", order.id);
    auto updated = time_field(node, "updatedAt", order.id);
    if (!created) return created.error();
    if (!updated) return updated.error();
    order.created_at = *created;
    order.updated_at = *updated;
    order.cancelled_at = host_api::parse_iso8601(text(node, "cancelledAt"));
    auto total = shop_money(node, "totalPriceSet");
    if (!total) return host_api::permanent_error("order " + order.id + ": no totalPriceSet");
    order.total = *total;
    order.currency = total->currency.empty() ? text(node, "currencyCode") : total->currency;
    order.email = text(node, "email");
    order.phone = text(node, "phone");
    order.customer = customer(node);
    order.shipping_address = address(node, "shippingAddress");
    order.billing_address = address(node, "billingAddress");
    if (auto lines = line_items(node, order); !lines) return lines.error();
    order.shipping_line = shipping_line(node);
    order.tracking = tracking(node);
    order.custom_attributes = attributes(node);
    return order;
}

}  // namespace shopify
