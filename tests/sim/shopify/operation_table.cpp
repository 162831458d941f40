// The registration table: every GraphQL operation the local Shopify answers. A new
// operation is a file under operations/ and one line here.
#include <array>

#include "tests/sim/shopify/graphql_operation.hpp"
#include "tests/sim/shopify/operations/order_line_items.hpp"
#include "tests/sim/shopify/operations/orders_by_ids.hpp"

namespace sim::shopify {

const GraphqlOperation* find_operation(std::string_view name) {
    static const std::array operations = {
        orders_by_ids_operation(),
        order_line_items_operation(),
    };
    for (const auto& operation : operations)
        if (operation.name == name) return &operation;
    return nullptr;
}

}  // namespace sim::shopify
