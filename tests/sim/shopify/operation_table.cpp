// The registration table: every GraphQL operation the local Shopify answers. A new
// operation is a file under operations/ and one line here.
#include <array>

#include "tests/sim/shopify/graphql_operation.hpp"
#include "tests/sim/shopify/operations/bulk_operation_status.hpp"
#include "tests/sim/shopify/operations/bulk_orders_run.hpp"
#include "tests/sim/shopify/operations/order_line_items.hpp"
#include "tests/sim/shopify/operations/orders_by_ids.hpp"
#include "tests/sim/shopify/operations/shop_info.hpp"
#include "tests/sim/shopify/operations/updated_orders.hpp"
#include "tests/sim/shopify/operations/webhook_subscription_create.hpp"
#include "tests/sim/shopify/operations/webhook_subscription_delete.hpp"
#include "tests/sim/shopify/operations/webhook_subscriptions.hpp"

namespace sim::shopify {

const GraphqlOperation* find_operation(std::string_view name) {
    static const std::array operations = {
        orders_by_ids_operation(),
        order_line_items_operation(),
        shop_info_operation(),
        updated_orders_operation(),
        webhook_subscriptions_operation(),
        webhook_subscription_create_operation(),
        webhook_subscription_delete_operation(),
        bulk_orders_run_operation(),
        bulk_operation_status_operation(),
    };
    for (const auto& operation : operations)
        if (operation.name == name) return &operation;
    return nullptr;
}

}  // namespace sim::shopify
