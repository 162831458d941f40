#include "tests/sim/shopify/operations/updated_orders.hpp"

#include <algorithm>
#include <vector>

#include "tests/sim/shopify/json_fields.hpp"
#include "tests/sim/shopify/order_cursor.hpp"
#include "tests/sim/shopify/order_search.hpp"
#include "tests/sim/shopify/query_cost.hpp"
#include "tests/sim/shopify/rest_order_conversion.hpp"

namespace sim::shopify {
namespace {

// "first" takes at most 250 ("Shopify API limits", pagination).
constexpr int k_max_page = 250;

int first_of(const OperationContext& context) {
    const auto* first = member(context.variables, "first");
    return first != nullptr && first->IsInt() ? first->GetInt() : -1;
}

std::optional<std::string> search_text(const OperationContext& context) {
    const auto* query = member(context.variables, "query");
    if (query == nullptr || !query->IsString()) return std::nullopt;
    return std::string(query->GetString(), query->GetStringLength());
}

// Where a page starts: at the first order without "after", past the position the cursor
// names with it; not valid for a cursor that names no position.
struct PageStart {
    bool valid = true;
    std::optional<OrderPosition> after;
};

PageStart page_start(const OperationContext& context) {
    const auto* after = member(context.variables, "after");
    if (after == nullptr) return {};
    if (!after->IsString()) return {false, std::nullopt};
    auto position = position_of_order_cursor({after->GetString(), after->GetStringLength()});
    return {position.has_value(), position};
}

GraphqlError on_orders(const OperationContext& context, std::string message, const char* code) {
    GraphqlError error;
    error.message = std::move(message);
    error.location = locate_field(context.query, "orders");
    error.path = {std::string("orders")};
    error.code = code;
    return error;
}

CostEstimate estimate(const OperationContext& context) {
    CostEstimate out;
    const int first = first_of(context);
    const auto search = search_text(context);
    if (first < 0) out.errors.push_back(invalid_variable_error("first", "Int!"));
    if (!search) out.errors.push_back(invalid_variable_error("query", "String!"));
    if (!out.errors.empty()) return out;
    if (first == 0 || first > k_max_page)
        out.errors.push_back(on_orders(context, "The first argument must be between 1 and 250.", "BAD_REQUEST"));
    if (!page_start(context).valid)
        out.errors.push_back(on_orders(context, "Invalid cursor for current pagination sort.", "BAD_REQUEST"));
    if (auto parsed = OrderSearch::parse(*search); !parsed)
        out.errors.push_back(on_orders(context, parsed.error().message, "UNSUPPORTED_SEARCH"));
    if (out.errors.empty()) out.requested = query_cost::updated_orders(first);
    return out;
}

struct Found {
    OrderPosition position;
    std::string updated_at;  // GraphQL DateTime
};

// Every matching order after the page start, sorted.
std::vector<Found> matching_orders(const OperationContext& context, const OrderSearch& search,
                                   const std::optional<OrderPosition>& after) {
    std::vector<Found> found;
    context.orders.each([&](const std::string& id, const rapidjson::Value& order) {
        const auto updated_at = member_string(order, "updated_at");
        const auto time = updated_at ? host_api::parse_iso8601(*updated_at) : std::nullopt;
        if (!time || !search.matches(order)) return;
        OrderPosition position{*time, id};
        if (after && !(*after < position)) return;
        found.push_back(Found{position, host_api::format_iso8601(*time)});
    });
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.position < b.position; });
    return found;
}

void write_page(JsonWriter& out, const std::vector<Found>& found, std::size_t page) {
    out.Key("orders");
    out.StartObject();
    out.Key("nodes");
    out.StartArray();
    for (std::size_t i = 0; i < page; ++i) {
        out.StartObject();
        out.Key("id");
        write_string(out, gid("Order", found[i].position.id));
        out.Key("updatedAt");
        write_string(out, found[i].updated_at);
        out.EndObject();
    }
    out.EndArray();
    out.Key("pageInfo");
    out.StartObject();
    out.Key("hasNextPage");
    out.Bool(found.size() > page);
    out.Key("endCursor");
    write_optional(out, page > 0 ? std::optional(order_cursor(found[page - 1].position)) : std::nullopt);
    out.EndObject();
    out.EndObject();
}

OperationResult run(const OperationContext& context) {
    const auto search = OrderSearch::parse(*search_text(context));
    const auto found = matching_orders(context, *search, page_start(context).after);
    const auto page = std::min(found.size(), static_cast<std::size_t>(first_of(context)));
    rapidjson::StringBuffer buffer;
    JsonWriter out(buffer);
    out.StartObject();
    write_page(out, found, page);
    out.EndObject();
    return OperationResult{buffer.GetString(), {}, query_cost::updated_orders(static_cast<int>(page))};
}

}  // namespace

GraphqlOperation updated_orders_operation() { return GraphqlOperation{"UpdatedOrders", &estimate, &run}; }

}  // namespace sim::shopify
