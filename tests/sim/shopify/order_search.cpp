#include "tests/sim/shopify/order_search.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "tests/sim/shopify/json_fields.hpp"

namespace sim::shopify {
namespace {

constexpr std::array k_time_fields = {"created_at", "updated_at"};
constexpr std::array k_fulfillment_statuses = {"fulfilled", "unfulfilled", "partial", "shipped", "unshipped"};
constexpr std::array k_financial_statuses = {"authorized",         "pending",  "paid",   "partially_paid",
                                             "partially_refunded", "refunded", "voided", "expired"};
constexpr std::array k_order_statuses = {"open", "closed", "cancelled"};

template <std::size_t N>
bool listed(const std::array<const char*, N>& names, std::string_view name) {
    return std::any_of(names.begin(), names.end(), [&](const char* known) { return name == known; });
}

// Words apart, a quoted value kept whole: created_at:>='2026-01-01 10:00:00' is one term.
std::vector<std::string_view> split_terms(std::string_view text) {
    std::vector<std::string_view> terms;
    std::size_t start = std::string_view::npos;
    char quote = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ' ';
        if (quote != 0) {
            if (c == quote) quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') quote = c;
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (!space && start == std::string_view::npos) start = i;
        if (space && start != std::string_view::npos) {
            terms.push_back(text.substr(start, i - start));
            start = std::string_view::npos;
        }
    }
    return terms;
}

std::string_view unquoted(std::string_view value) {
    if (value.size() >= 2 && (value.front() == '\'' || value.front() == '"') && value.back() == value.front())
        return value.substr(1, value.size() - 2);
    return value;
}

std::string lowercase(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// An ISO 8601 time, or a date (midnight UTC: the local shop's time zone is UTC).
std::optional<host_api::Timestamp> search_time(std::string_view text) {
    if (text.size() == 10) {
        std::string midnight;
        midnight.reserve(20);
        midnight.append(text).append("T00:00:00Z");
        return host_api::parse_iso8601(midnight);
    }
    return host_api::parse_iso8601(text);
}

std::string comparison_of(std::string_view& value) {
    for (const std::string_view comparison : {">=", "<=", ">", "<"}) {
        if (value.substr(0, comparison.size()) == comparison) {
            value.remove_prefix(comparison.size());
            return std::string(comparison);
        }
    }
    return "=";
}

host_api::Error unknown(std::string_view term, const std::string& why) {
    return host_api::permanent_error("the local Shopify does not know the search term \"" + std::string(term) + "\" (" +
                                     why + ")");
}

bool compare(host_api::Timestamp left, const std::string& comparison, host_api::Timestamp right) {
    if (comparison == ">=") return left >= right;
    if (comparison == "<=") return left <= right;
    if (comparison == ">") return left > right;
    if (comparison == "<") return left < right;
    return left == right;
}

// REST keeps no fulfillment_status until something ships; the search calls that unfulfilled
// (and unshipped), and a fulfilled order shipped.
bool fulfillment_matches(const rapidjson::Value& order, const std::string& wanted) {
    const auto status = member_string(order, "fulfillment_status").value_or("unfulfilled");
    if (wanted == "unshipped") return status == "unfulfilled";
    if (wanted == "shipped") return status == "fulfilled";
    return status == wanted;
}

bool order_status_matches(const rapidjson::Value& order, const std::string& wanted) {
    const bool cancelled = member(order, "cancelled_at") != nullptr;
    const bool closed = member(order, "closed_at") != nullptr;
    if (wanted == "cancelled") return cancelled;
    if (wanted == "closed") return closed;
    return !cancelled && !closed;  // open
}

}  // namespace

host_api::Result<OrderSearch> OrderSearch::parse(std::string_view text) {
    OrderSearch search;
    for (const auto word : split_terms(text)) {
        if (word == "AND") continue;
        if (word == "OR" || word == "NOT") return unknown(word, "only AND joins terms here");
        auto term = parse_term(word);
        if (!term) return term.error();
        search.terms_.push_back(std::move(*term));
    }
    return search;
}

host_api::Result<OrderSearch::Term> OrderSearch::parse_term(std::string_view text) {
    Term term;
    std::string_view rest = text;
    if (!rest.empty() && rest.front() == '-') {
        term.negated = true;
        rest.remove_prefix(1);
    }
    const auto colon = rest.find(':');
    if (colon == std::string_view::npos || colon == 0) return unknown(text, "want field:value");
    term.field = lowercase(rest.substr(0, colon));
    std::string_view value = rest.substr(colon + 1);
    if (listed(k_time_fields, term.field)) {
        term.comparison = comparison_of(value);
        const auto time = search_time(unquoted(value));
        if (!time) return unknown(text, "want a time such as '2026-01-01T00:00:00Z'");
        term.time = *time;
        return term;
    }
    term.comparison = "=";
    term.value = lowercase(unquoted(value));
    const bool known = (term.field == "fulfillment_status" && listed(k_fulfillment_statuses, term.value)) ||
                       (term.field == "financial_status" && listed(k_financial_statuses, term.value)) ||
                       (term.field == "status" && listed(k_order_statuses, term.value));
    if (!known) return unknown(text, "known: created_at, updated_at, fulfillment_status, financial_status, status");
    return term;
}

bool OrderSearch::matches(const rapidjson::Value& order) const {
    return std::all_of(terms_.begin(), terms_.end(),
                       [&](const Term& term) { return matches(term, order) != term.negated; });
}

bool OrderSearch::matches(const Term& term, const rapidjson::Value& order) {
    if (term.field == "fulfillment_status") return fulfillment_matches(order, term.value);
    if (term.field == "financial_status") return member_string(order, "financial_status") == term.value;
    if (term.field == "status") return order_status_matches(order, term.value);
    const auto stored = member_string(order, term.field.c_str());
    const auto time = stored ? host_api::parse_iso8601(*stored) : std::nullopt;
    return time && compare(*time, term.comparison, term.time);
}

}  // namespace sim::shopify
