#include "tests/sim/shopify/rest_order_conversion.hpp"

#include <algorithm>

#include <openssl/evp.h>

#include "host_api/time.hpp"

namespace sim::shopify {
namespace {

using rapidjson::Value;

void key(JsonWriter& out, const char* name) { out.Key(name); }

void text_field(JsonWriter& out, const char* name, const std::optional<std::string>& value) {
    key(out, name);
    write_optional(out, value);
}

// A MoneyBag's shop amount: {"shopMoney": {"amount": "10.00", "currencyCode": "AUD"}}.
// The shop money of `<set_name>.shop_money` when the REST object has it (orders paid in
// another presentment currency), else `<amount_name>` in the order's currency.
void money_bag(JsonWriter& out, const char* name, const Value& owner, const char* set_name, const char* amount_name,
               const std::string& currency) {
    key(out, name);
    std::optional<std::string> amount;
    std::string code = currency;
    const Value* set = member(owner, set_name);
    if (const Value* shop_money = set != nullptr ? member(*set, "shop_money") : nullptr) {
        amount = as_text(member(*shop_money, "amount"));
        code = member_string(*shop_money, "currency_code").value_or(currency);
    }
    if (!amount) amount = as_text(member(owner, amount_name));
    if (!amount) {
        out.Null();
        return;
    }
    out.StartObject();
    key(out, "shopMoney");
    out.StartObject();
    text_field(out, "amount", amount);
    text_field(out, "currencyCode", code);
    out.EndObject();
    out.EndObject();
}

void address(JsonWriter& out, const char* name, const char* rest_name, const Value& order, bool withheld) {
    key(out, name);
    const Value* rest = member(order, rest_name);
    if (withheld || rest == nullptr || !rest->IsObject()) {
        out.Null();
        return;
    }
    out.StartObject();
    text_field(out, "firstName", member_string(*rest, "first_name"));
    text_field(out, "lastName", member_string(*rest, "last_name"));
    text_field(out, "phone", member_string(*rest, "phone"));
    text_field(out, "address1", member_string(*rest, "address1"));
    text_field(out, "address2", member_string(*rest, "address2"));
    text_field(out, "city", member_string(*rest, "city"));
    text_field(out, "province", member_string(*rest, "province"));
    text_field(out, "zip", member_string(*rest, "zip"));
    text_field(out, "country", member_string(*rest, "country"));
    text_field(out, "countryCodeV2", member_string(*rest, "country_code"));
    out.EndObject();
}

void customer(JsonWriter& out, const Value& order, bool withheld) {
    key(out, "customer");
    const Value* rest = member(order, "customer");
    const auto id = rest != nullptr ? member_id(*rest, "id") : std::nullopt;
    if (withheld || !id) {
        out.Null();
        return;
    }
    out.StartObject();
    text_field(out, "id", gid("Customer", *id));
    text_field(out, "firstName", member_string(*rest, "first_name"));
    text_field(out, "lastName", member_string(*rest, "last_name"));
    text_field(out, "email", member_string(*rest, "email"));
    text_field(out, "phone", member_string(*rest, "phone"));
    out.EndObject();
}

// note_attributes [{name, value}] are the order's customAttributes [{key, value}].
void custom_attributes(JsonWriter& out, const Value& order) {
    key(out, "customAttributes");
    out.StartArray();
    if (const Value* attributes = member(order, "note_attributes"); attributes != nullptr && attributes->IsArray()) {
        for (const auto& attribute : attributes->GetArray()) {
            out.StartObject();
            text_field(out, "key", as_text(member(attribute, "name")));
            text_field(out, "value", as_text(member(attribute, "value")));
            out.EndObject();
        }
    }
    out.EndArray();
}

void shipping_line(JsonWriter& out, const Value& order, const std::string& currency) {
    key(out, "shippingLine");
    const Value* lines = member(order, "shipping_lines");
    if (lines == nullptr || !lines->IsArray() || lines->Empty() || !(*lines)[0].IsObject()) {
        out.Null();
        return;
    }
    const Value& line = (*lines)[0];
    out.StartObject();
    text_field(out, "title", member_string(line, "title"));
    text_field(out, "code", member_string(line, "code"));
    text_field(out, "source", member_string(line, "source"));
    text_field(out, "carrierIdentifier", member_string(line, "carrier_identifier"));
    money_bag(out, "originalPriceSet", line, "price_set", "price", currency);
    out.EndObject();
}

// fulfillments(first: 10) { trackingInfo(first: 5) { number company } }: REST has
// tracking_numbers (a list) and the older tracking_number, and one tracking_company.
void fulfillments(JsonWriter& out, const Value& order) {
    constexpr int k_fulfillments = 10;
    constexpr int k_tracking_infos = 5;
    key(out, "fulfillments");
    out.StartArray();
    const Value* rest = member(order, "fulfillments");
    if (rest != nullptr && rest->IsArray()) {
        int written = 0;
        for (const auto& fulfillment : rest->GetArray()) {
            if (written++ == k_fulfillments) break;
            std::vector<std::string> numbers;
            if (const Value* list = member(fulfillment, "tracking_numbers"); list != nullptr && list->IsArray()) {
                for (const auto& number : list->GetArray())
                    if (number.IsString()) numbers.emplace_back(number.GetString(), number.GetStringLength());
            }
            if (numbers.empty()) {
                if (auto number = member_string(fulfillment, "tracking_number")) numbers.push_back(*number);
            }
            const auto company = member_string(fulfillment, "tracking_company");
            out.StartObject();
            key(out, "trackingInfo");
            out.StartArray();
            for (std::size_t i = 0; i < numbers.size() && i < k_tracking_infos; ++i) {
                out.StartObject();
                text_field(out, "number", numbers[i]);
                text_field(out, "company", company);
                out.EndObject();
            }
            out.EndArray();
            out.EndObject();
        }
    }
    out.EndArray();
}

void product(JsonWriter& out, const Value& line, const std::optional<CatalogProduct>& catalog) {
    key(out, "product");
    const auto id = member_id(line, "product_id");
    if (!id) {  // a custom line: no product behind it
        out.Null();
        return;
    }
    out.StartObject();
    text_field(out, "id", gid("Product", *id));
    if (catalog) {
        text_field(out, "title", catalog->title);
        text_field(out, "descriptionHtml", catalog->body_html);
        text_field(out, "productType", catalog->product_type);
        key(out, "hasOnlyDefaultVariant");
        out.Bool(catalog->variants.size() <= 1);
    } else {
        const auto variant_title = member_string(line, "variant_title");
        text_field(out, "title", member_string(line, "title").value_or(""));
        text_field(out, "descriptionHtml", std::string());
        text_field(out, "productType", std::string());
        key(out, "hasOnlyDefaultVariant");
        out.Bool(!variant_title || variant_title->empty());
    }
    out.EndObject();
}

// ProductVariant.title is never null: a product without options has one variant called
// "Default Title", which is what an empty REST variant_title stands for.
void variant(JsonWriter& out, const Value& line, const std::optional<CatalogProduct>& catalog) {
    key(out, "variant");
    const auto id = member_id(line, "variant_id");
    if (!id) {
        out.Null();
        return;
    }
    const CatalogVariant* known = catalog ? catalog->variant(*id) : nullptr;
    auto title = known != nullptr && known->title ? known->title : member_string(line, "variant_title");
    if (!title || title->empty()) title = "Default Title";
    out.StartObject();
    text_field(out, "id", gid("ProductVariant", *id));
    text_field(out, "sku", known != nullptr ? known->sku : member_string(line, "sku"));
    text_field(out, "title", title);
    out.EndObject();
}

void line_item(JsonWriter& out, const Value& line, const OrderConversion& how, const std::string& currency) {
    std::optional<CatalogProduct> catalog;
    if (const auto product_id = member_id(line, "product_id"); product_id && how.find_product)
        catalog = how.find_product(*product_id);
    out.StartObject();
    const auto id = member_id(line, "id");
    text_field(out, "id", id ? std::optional(gid("LineItem", *id)) : std::nullopt);
    text_field(out, "name", member_string(line, "name"));
    text_field(out, "title", member_string(line, "title"));
    text_field(out, "sku", member_string(line, "sku"));
    // currentQuantity: the quantity minus what was removed; webhooks carry it as
    // current_quantity since 2023, older payloads only the ordered quantity.
    key(out, "currentQuantity");
    const Value* quantity = member(line, "current_quantity");
    if (quantity == nullptr || !quantity->IsInt64()) quantity = member(line, "quantity");
    out.Int64(quantity != nullptr && quantity->IsInt64() ? quantity->GetInt64() : 0);
    money_bag(out, "originalUnitPriceSet", line, "price_set", "price", currency);
    product(out, line, catalog);
    variant(out, line, catalog);
    out.EndObject();
}

// pageInfo { hasNextPage endCursor }: endCursor is null for an empty page.
void page_info(JsonWriter& out, int first_position, int written, bool more) {
    key(out, "pageInfo");
    out.StartObject();
    key(out, "hasNextPage");
    out.Bool(more);
    text_field(out, "endCursor",
               written > 0 ? std::optional(line_item_cursor(first_position + written - 1)) : std::nullopt);
    out.EndObject();
}

int line_items(JsonWriter& out, const Value& order, const OrderConversion& how, const std::string& currency) {
    key(out, "lineItems");
    out.StartObject();
    key(out, "nodes");
    out.StartArray();
    int written = 0;
    int total = 0;
    if (const Value* lines = member(order, "line_items"); lines != nullptr && lines->IsArray()) {
        total = static_cast<int>(lines->Size());
        for (int position = how.line_offset; position < total && written < how.line_limit; ++position, ++written)
            line_item(out, (*lines)[static_cast<rapidjson::SizeType>(position)], how, currency);
    }
    out.EndArray();
    page_info(out, how.line_offset, written, how.line_offset + written < total);
    out.EndObject();
    return written;
}

}  // namespace

int write_graphql_line_items(JsonWriter& out, const Value& order, const OrderConversion& how) {
    return line_items(out, order, how, member_string(order, "currency").value_or(how.fallback_currency));
}

std::string line_item_cursor(int position) {
    // Shopify's cursors are base64 JSON, opaque to clients; so are these.
    const std::string plain = "{\"last_position\":" + std::to_string(position) + "}";
    std::string out(4 * ((plain.size() + 2) / 3), '\0');
    const int length = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                       reinterpret_cast<const unsigned char*>(plain.data()), static_cast<int>(plain.size()));
    out.resize(static_cast<std::size_t>(length));
    return out;
}

std::optional<int> position_of_line_cursor(std::string_view cursor) {
    if (cursor.empty() || cursor.size() % 4 != 0 || cursor.size() > 64) return std::nullopt;
    std::string plain(cursor.size() / 4 * 3, '\0');
    const int length = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(plain.data()),
                                       reinterpret_cast<const unsigned char*>(cursor.data()), static_cast<int>(cursor.size()));
    if (length < 0) return std::nullopt;
    plain.resize(static_cast<std::size_t>(length));
    plain.erase(plain.find_last_not_of('\0') + 1);  // the decoder pads with zero bytes
    rapidjson::Document json;
    json.Parse(plain.c_str(), plain.size());
    if (json.HasParseError() || !json.IsObject()) return std::nullopt;
    const Value* position = member(json, "last_position");
    if (position == nullptr || !position->IsInt() || position->GetInt() < 0) return std::nullopt;
    return position->GetInt();
}

std::string gid(std::string_view type, const std::string& id) {
    return "gid://shopify/" + std::string(type) + "/" + id;
}

std::optional<std::string> gid_number(std::string_view gid, std::string_view type) {
    const std::string prefix = "gid://shopify/" + std::string(type) + "/";
    if (gid.size() <= prefix.size() || gid.substr(0, prefix.size()) != prefix) return std::nullopt;
    const auto digits = gid.substr(prefix.size());
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
    return std::string(digits);
}

std::optional<std::string> graphql_time(const Value* rest_time) {
    const auto text = as_text(rest_time);
    if (!text) return std::nullopt;
    const auto parsed = host_api::parse_iso8601(*text);
    return parsed ? host_api::format_iso8601(*parsed) : *text;
}

int write_graphql_order(JsonWriter& out, const Value& order, const OrderConversion& how) {
    const std::string currency = member_string(order, "currency").value_or(how.fallback_currency);
    const bool withheld = how.withhold_customer_data;
    const auto id = member_id(order, "id");
    out.StartObject();
    text_field(out, "id", id ? std::optional(gid("Order", *id)) : std::nullopt);
    text_field(out, "name", member_string(order, "name"));
    text_field(out, "createdAt", graphql_time(member(order, "created_at")));
    text_field(out, "updatedAt", graphql_time(member(order, "updated_at")));
    text_field(out, "cancelledAt", graphql_time(member(order, "cancelled_at")));
    text_field(out, "currencyCode", currency);
    text_field(out, "email", withheld ? std::nullopt : member_string(order, "email"));
    text_field(out, "phone", withheld ? std::nullopt : member_string(order, "phone"));
    money_bag(out, "totalPriceSet", order, "total_price_set", "total_price", currency);
    customer(out, order, withheld);
    address(out, "shippingAddress", "shipping_address", order, withheld);
    address(out, "billingAddress", "billing_address", order, withheld);
    custom_attributes(out, order);
    shipping_line(out, order, currency);
    fulfillments(out, order);
    const int lines = line_items(out, order, how, currency);
    out.EndObject();
    return lines;
}

std::string graphql_order_json(const Value& order, const OrderConversion& how) {
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    write_graphql_order(out, order, how);
    return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace sim::shopify
