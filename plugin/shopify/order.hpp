#pragma once
// One Shopify order, whatever it was read from (a GraphQL answer, a bulk-operation line).
// Ids are kept as Shopify gives them (numeric part as a string: some exceed 2^53), money as
// host_api::Money, and every personal field is optional: a Basic-plan shop or a guest order
// has none (R25).
#include <optional>
#include <string>
#include <vector>

#include "host_api/money.hpp"
#include "host_api/time.hpp"

namespace shopify {

struct Address {
    std::string first_name;
    std::string last_name;
    std::string phone;
    std::string address1;
    std::string address2;
    std::string city;
    std::string province;
    std::string zip;
    std::string country;
    std::string country_code;  // ISO 3166-1 alpha-2, e.g. "UA"
};

struct Customer {
    std::string id;  // numeric id, e.g. "207119551"
    std::string first_name;
    std::string last_name;
    std::string email;
    std::string phone;
};

struct Product {
    std::string id;  // numeric product id
    std::string title;
    std::string description_html;
    std::string product_type;  // becomes the host category (R21)
    bool has_only_default_variant = true;
};

struct Variant {
    std::string id;  // numeric variant id
    std::string sku;
    std::string title;
};

struct LineItem {
    std::string id;
    std::string name;  // "Product - Variant"
    std::string title;
    std::string sku;
    std::int64_t quantity = 0;  // current quantity, after order edits
    host_api::Money unit_price;
    std::optional<Product> product;  // none: a custom item or a deleted product
    std::optional<Variant> variant;
};

struct ShippingLine {
    std::string title;
    std::string code;
    std::string source;
    std::string carrier_identifier;
    host_api::Money price;
};

struct Tracking {
    std::string number;
    std::string company;
};

struct Attribute {
    std::string key;
    std::string value;
};

struct Order {
    std::string id;    // numeric order id, e.g. "820982911946154508"
    std::string name;  // "#1001"
    host_api::Timestamp created_at{};
    host_api::Timestamp updated_at{};
    std::optional<host_api::Timestamp> cancelled_at;
    std::string currency;  // the shop currency of the amounts below
    host_api::Money total;
    std::string email;
    std::string phone;
    std::optional<Customer> customer;
    std::optional<Address> shipping_address;
    std::optional<Address> billing_address;
    std::vector<LineItem> line_items;
    // The lineItems page's endCursor while the order has more lines than were read.
    std::optional<std::string> more_line_items_after;
    std::optional<ShippingLine> shipping_line;
    std::vector<Tracking> tracking;
    std::vector<Attribute> custom_attributes;  // note attributes (Nova Poshta city/branch/TTN)
    bool customer_data_redacted = false;       // the API withheld personal data (R25)
};

// "gid://shopify/Order/820982911946154508" -> "820982911946154508"; other text unchanged.
std::string numeric_id(const std::string& gid);
std::string order_gid(const std::string& numeric);

}  // namespace shopify
