#pragma once
// Hands an order's delivery to the shipping adapter whose carriers match (manifest.json),
// inside the import's transaction (R12-R17). The same delivery again writes nothing; a
// changed one is applied with the previous one for comparison; a carrier change withdraws
// the old adapter's record first (R16). A delivery no adapter could take right now (one
// refused or failing) does not hold up the order: it is kept as pending and tried again on
// every round of the worker until it is applied.
#include <optional>
#include <string>

#include "host_api/delivery.hpp"
#include "host_api/host_context.hpp"
#include "host_api/shipping_adapter.hpp"
#include "plugin/shopify/store_settings.hpp"

namespace shopify::sync {

class DeliveryRouter {
public:
    explicit DeliveryRouter(host_api::HostContext& host) : host_(host) {}

    // order_id: the Shopify order id. Errors only when the host's state cannot be written.
    host_api::Result<void> route(const StoreSettings& store, const std::string& order_id,
                                 const host_api::DeliveryTarget& target, const std::optional<host_api::Delivery>& delivery);
    // Applies the deliveries left pending, each in a transaction of its own.
    void retry_pending(const StoreSettings& store);
    host_api::Result<std::size_t> pending_count(const StoreSettings& store);

private:
    host_api::Result<void> apply(const StoreSettings& store, const std::string& order_id,
                                 const host_api::DeliveryTarget& target, const host_api::Delivery& delivery);

    host_api::HostContext& host_;
};

}  // namespace shopify::sync
