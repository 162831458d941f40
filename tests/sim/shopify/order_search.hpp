#pragma once
// The part of Shopify's search syntax ("Shopify API search syntax", shopify.dev) that
// orders(query:) takes from the plugin: terms joined by AND (or a space), each
// `field:value`, a leading "-" negating it. Times compare with >, >=, <, <= or equality:
// created_at:>='2026-01-01T00:00:00Z'; statuses match fulfillment_status, financial_status
// and status (open, closed, cancelled). A term the local Shopify does not know is refused
// by name rather than ignored (Shopify ignores it), so a wrong search in the plugin shows
// up in its tests.
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "host_api/result.hpp"
#include "host_api/time.hpp"

namespace sim::shopify {

class OrderSearch {
public:
    // The search parsed; the error names the term it cannot read. "" matches every order.
    static host_api::Result<OrderSearch> parse(std::string_view text);

    // Whether the stored REST order matches every term.
    bool matches(const rapidjson::Value& rest_order) const;

private:
    struct Term {
        std::string field;       // created_at, updated_at, fulfillment_status, financial_status, status
        std::string comparison;  // time fields: ">", ">=", "<", "<=", "="; others "="
        std::string value;       // a status, lowercase
        host_api::Timestamp time{};
        bool negated = false;
    };

    static bool matches(const Term& term, const rapidjson::Value& rest_order);
    static host_api::Result<Term> parse_term(std::string_view text);

    std::vector<Term> terms_;
};

}  // namespace sim::shopify
